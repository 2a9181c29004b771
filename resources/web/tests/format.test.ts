import { describe, expect, it } from 'vitest';
import { addDays, formatDuration, formatTimecode, formatTotal, localDay, parseServerDate } from '../src/util/format';

describe('duration formatting', () => {
    it('shows songs as m:ss and long sets as h:mm:ss', () => {
        expect(formatDuration(0)).toBe('0:00');
        expect(formatDuration(5)).toBe('0:05');
        expect(formatDuration(205)).toBe('3:25');
        expect(formatDuration(3599)).toBe('59:59');
        expect(formatDuration(3600)).toBe('1:00:00');
        expect(formatDuration(3723)).toBe('1:02:03');
        expect(formatDuration(204.6)).toBe('3:25');
    });

    it('shows a dash for an unknown duration instead of NaN', () => {
        expect(formatDuration(null)).toBe('–');
        expect(formatDuration(undefined)).toBe('–');
        expect(formatDuration(Number.NaN)).toBe('–');
        expect(formatDuration(-3)).toBe('–');
    });

    it('rounds totals to the minute', () => {
        expect(formatTotal(45 * 60 + 20)).toBe('45 min');
        expect(formatTotal(65 * 60)).toBe('1 h 05 min');
        expect(formatTotal(null)).toBe('–');
    });

    it('shows REAPER\'s play position with milliseconds', () => {
        expect(formatTimecode(7.25)).toBe('0:07.250');
        expect(formatTimecode(3723.5)).toBe('1:02:03.500');
        expect(formatTimecode(-1.5)).toBe('-0:01.500');
    });
});

describe('dates', () => {
    it('reads a plain date as that day here, not as UTC midnight', () => {
        const day = parseServerDate('2026-06-12');
        expect(day?.getFullYear()).toBe(2026);
        expect(day?.getMonth()).toBe(5);
        expect(day?.getDate()).toBe(12);
        expect(parseServerDate('not a date')).toBeNull();
        expect(parseServerDate(null)).toBeNull();
    });

    it('writes local days for the events route and moves by calendar days', () => {
        expect(localDay(new Date(2026, 0, 31))).toBe('2026-01-31');
        expect(localDay(addDays(new Date(2026, 0, 31), 1))).toBe('2026-02-01');
        expect(localDay(addDays(new Date(2026, 11, 31), 90))).toBe('2027-03-31');
    });
});
