import { describe, expect, it } from 'vitest';
import { Backoff } from '../src/live/Backoff';

describe('reconnect backoff', () => {
    it('doubles from the first delay up to the ceiling, then stays there', () => {
        const backoff = new Backoff({ initialMs: 500, maxMs: 8000, jitter: 0, random: () => 0.5 });
        const delays = Array.from({ length: 7 }, () => backoff.next());
        expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
        expect(backoff.attempts).toBe(7);
    });

    it('starts again from the shortest delay after a healthy connection', () => {
        const backoff = new Backoff({ initialMs: 500, maxMs: 8000, jitter: 0 });
        backoff.next();
        backoff.next();
        backoff.next();
        backoff.reset();
        expect(backoff.attempts).toBe(0);
        expect(backoff.next()).toBe(500);
    });

    it('spreads reconnections out: jitter shortens each delay by at most its share', () => {
        const low = new Backoff({ initialMs: 1000, maxMs: 60000, jitter: 0.3, random: () => 0.999999 });
        const high = new Backoff({ initialMs: 1000, maxMs: 60000, jitter: 0.3, random: () => 0 });
        expect(low.next()).toBe(700);
        expect(high.next()).toBe(1000);
        expect(low.next()).toBe(1400);
    });

    it('never overflows after many failures', () => {
        const backoff = new Backoff({ initialMs: 500, maxMs: 15000, jitter: 0 });
        let last = 0;
        for (let i = 0; i < 2000; i += 1) last = backoff.next();
        expect(last).toBe(15000);
    });
});
