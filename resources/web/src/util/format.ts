// Display formats that don't depend on the language: durations and clock times.

function isCount(value: number | null | undefined): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** A song or setlist duration: "3:25", "1:02:03"; "–" when unknown. */
export function formatDuration(seconds: number | null | undefined): string {
    if (!isCount(seconds)) return '–';
    const total = Math.round(seconds);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const ss = String(s).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A longer total, to the minute: "45 min", "1 h 05 min" (the same in French and English). */
export function formatTotal(seconds: number | null | undefined): string {
    if (!isCount(seconds)) return '–';
    const minutes = Math.round(seconds / 60);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`;
}

/** A position on REAPER's timeline in seconds: "0:07.250", "1:02:03.500". */
export function formatTimecode(seconds: number | null | undefined): string {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '–';
    const sign = seconds < 0 ? '-' : '';
    const millis = Math.round(Math.abs(seconds) * 1000);
    const h = Math.floor(millis / 3_600_000);
    const m = Math.floor((millis % 3_600_000) / 60_000);
    const s = Math.floor((millis % 60_000) / 1000);
    const ms = String(millis % 1000).padStart(3, '0');
    const ss = String(s).padStart(2, '0');
    return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}.${ms}` : `${sign}${m}:${ss}.${ms}`;
}

/**
 * Parses the server's dates. "2026-06-12" is a local calendar day (new Date() would read it as
 * UTC midnight and show the day before in the Americas); anything with a time goes to Date.
 */
export function parseServerDate(text: string | null | undefined): Date | null {
    if (!text) return null;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(text);
    return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-05-01" for a local date, as the events route expects. */
export function localDay(date: Date): string {
    const mm = String(date.getMonth() + 1).padStart(2, '0');
    const dd = String(date.getDate()).padStart(2, '0');
    return `${date.getFullYear()}-${mm}-${dd}`;
}

/** The same local time, days later (calendar days, so daylight-saving changes don't shift it). */
export function addDays(date: Date, days: number): Date {
    const copy = new Date(date);
    copy.setDate(copy.getDate() + days);
    return copy;
}
