import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { newClientId } from '../src/util/clientId';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('client ids for outgoing messages', () => {
    it('uses randomUUID when the page is a secure context', () => {
        expect(newClientId({ getRandomValues: (a) => a, randomUUID: () => 'from-randomUUID' })).toBe('from-randomUUID');
    });

    it('falls back to getRandomValues on plain HTTP, still a v4 UUID, never repeated', () => {
        const plain = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => webcrypto.getRandomValues(a as never) as T };
        const ids = new Set(Array.from({ length: 1000 }, () => newClientId(plain)));
        expect(ids.size).toBe(1000);
        for (const id of ids) expect(id).toMatch(uuid);
    });
});
