import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../src/app/router';

describe('routes', () => {
    it('reads every view from the address and writes it back the same', () => {
        for (const hash of ['#/chat', '#/chat/12', '#/band/songs', '#/band/calendar', '#/band/gigs/4', '#/remote', '#/account']) {
            expect(routeHash(parseRoute(hash))).toBe(hash);
        }
    });

    it('falls back to the chat or the songs for addresses it does not know', () => {
        expect(parseRoute('')).toEqual({ name: 'chat', roomId: null });
        expect(parseRoute('#/chat/abc')).toEqual({ name: 'chat', roomId: null });
        expect(parseRoute('#/band/nope')).toEqual({ name: 'band', tab: 'songs', gigId: null });
    });
});
