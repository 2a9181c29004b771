import { describe, expect, it } from 'vitest';
import { MessageStore } from '../src/chat/MessageStore';
import type { ChatMessage } from '../src/live/protocol';

function msg(roomId: number, seq: number, extra: Partial<ChatMessage> = {}): ChatMessage {
    return {
        id: roomId * 1000 + seq, roomId, seq, authorId: 2, authorName: 'Paul', text: `message ${seq}`,
        at: '2026-05-01T18:00:00.000Z', mentions: [], clientId: null, ...extra,
    };
}
const seqs = (store: MessageStore, roomId: number) => store.messages(roomId).map((m) => m.seq);

describe('MessageStore: one copy of each message, in order', () => {
    it('keeps the same (room, seq) once, however often it arrives', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 1), msg(1, 2), msg(1, 3)], true);
        expect(store.receive(msg(1, 3)).added).toBe(false);
        expect(store.receive(msg(1, 4)).added).toBe(true);
        expect(store.receive(msg(1, 4)).added).toBe(false);
        const page = store.applySync(1, [msg(1, 2), msg(1, 3), msg(1, 4), msg(1, 5)], true);
        expect(page.added.map((m) => m.seq)).toEqual([5]);
        expect(seqs(store, 1)).toEqual([1, 2, 3, 4, 5]);
    });

    it('orders by seq whatever the arrival order, and keeps rooms apart', () => {
        const store = new MessageStore();
        store.applyHistory(1, [], true);
        store.receive(msg(1, 3));
        store.receive(msg(1, 1));
        store.receive(msg(2, 1));
        store.receive(msg(1, 2));
        expect(seqs(store, 1)).toEqual([1, 2, 3]);
        expect(seqs(store, 2)).toEqual([1]);
    });

    it('puts older history pages before what is shown', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 51), msg(1, 52)], false);
        expect(store.oldestSeq(1)).toBe(51);
        expect(store.historyComplete(1)).toBe(false);
        store.applyHistory(1, [msg(1, 49), msg(1, 50)], true);
        expect(seqs(store, 1)).toEqual([49, 50, 51, 52]);
        expect(store.historyComplete(1)).toBe(true);
    });

    it('a deleted message keeps its place and loses its text, even if an old copy arrives again', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 1), msg(1, 2)], true);
        expect(store.markDeleted(1, 2)).toBe(true);
        store.applySync(1, [msg(1, 2)], true);
        const [, second] = store.messages(1);
        expect(second.deleted).toBe(true);
        expect(second.text).toBe('');
        expect(seqs(store, 1)).toEqual([1, 2]);
    });
});

describe('MessageStore: gaps are noticed and filled', () => {
    it('asks to sync from the last seq without holes when a live message skips ahead', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 1), msg(1, 2)], true);
        expect(store.receive(msg(1, 3)).syncSince).toBeNull();
        const jump = store.receive(msg(1, 6));
        expect(jump.added).toBe(true);
        expect(jump.syncSince).toBe(3);
        // A second message while the sync is on its way doesn't ask again.
        expect(store.receive(msg(1, 7)).syncSince).toBeNull();
        store.applySync(1, [msg(1, 4), msg(1, 5), msg(1, 6)], true);
        expect(seqs(store, 1)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        // Now following again: the next gap is reported.
        expect(store.receive(msg(1, 9)).syncSince).toBe(7);
    });

    it('gives every followed room its last seq after a reconnect, and nothing for rooms never opened', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 10), msg(1, 11)], false);
        store.applyHistory(2, [], true);
        store.receive(msg(3, 5));
        expect(store.syncPoints()).toEqual({ '1': 11, '2': 0, '3': 5 });
        expect(store.isFollowed(4)).toBe(false);
    });

    it('asks for the rest when a sync page is not the end', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 1)], true);
        store.syncPoints();
        const first = store.applySync(1, [msg(1, 2), msg(1, 3)], false);
        expect(first.syncSince).toBe(3);
        const last = store.applySync(1, [msg(1, 4)], true);
        expect(last.syncSince).toBeNull();
        expect(seqs(store, 1)).toEqual([1, 2, 3, 4]);
    });

    it('does not ask forever about a seq the server says is not there', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 1)], true);
        expect(store.receive(msg(1, 3)).syncSince).toBe(1);
        store.applySync(1, [msg(1, 3)], true); // 2 is gone for good
        expect(store.receive(msg(1, 4)).syncSince).toBeNull();
    });
});

describe('MessageStore: the outbox', () => {
    it('keeps a sent message until it comes back with its clientId, then drops it', () => {
        const store = new MessageStore();
        store.applyHistory(1, [], true);
        store.queue(1, 'hello', 'c-1');
        store.queue(1, 'again', 'c-2');
        expect(store.toResend().map((p) => p.clientId)).toEqual(['c-1', 'c-2']);
        const result = store.receive(msg(1, 1, { authorId: 1, text: 'hello', clientId: 'c-1' }));
        expect(result.confirmed?.clientId).toBe('c-1');
        expect(store.pending(1).map((p) => p.text)).toEqual(['again']);
    });

    it('is confirmed by a sync page after a reconnect too (no double after re-sending)', () => {
        const store = new MessageStore();
        store.applyHistory(1, [msg(1, 1)], true);
        store.queue(1, 'while offline', 'c-9');
        store.syncPoints();
        const page = store.applySync(1, [msg(1, 2, { clientId: 'c-9', text: 'while offline' })], true);
        expect(page.confirmed.map((p) => p.clientId)).toEqual(['c-9']);
        expect(store.pending()).toEqual([]);
        // The server answers the re-send with the same stored message: still one copy.
        expect(store.receive(msg(1, 2, { clientId: 'c-9', text: 'while offline' })).added).toBe(false);
        expect(seqs(store, 1)).toEqual([1, 2]);
    });

    it('does not re-send refused messages until the user retries, and survives a reload as data', () => {
        const store = new MessageStore();
        store.queue(1, 'x'.repeat(5000), 'c-long');
        store.queue(1, 'fine', 'c-ok');
        store.fail('c-long', 'Too long');
        expect(store.toResend().map((p) => p.clientId)).toEqual(['c-ok']);
        expect(store.pending(1)[0].error).toBe('Too long');
        const reloaded = new MessageStore();
        reloaded.importOutbox(JSON.parse(JSON.stringify(store.exportOutbox())));
        expect(reloaded.pending().map((p) => p.clientId)).toEqual(['c-long', 'c-ok']);
        expect(reloaded.retry('c-long')?.error).toBeNull();
        expect(reloaded.toResend().map((p) => p.clientId)).toEqual(['c-long', 'c-ok']);
        reloaded.discard('c-long');
        expect(reloaded.pending().map((p) => p.clientId)).toEqual(['c-ok']);
    });

    it('ignores a message of another room that happens to carry the same clientId', () => {
        const store = new MessageStore();
        store.queue(1, 'mine', 'c-1');
        expect(store.receive(msg(2, 1, { clientId: 'c-1' })).confirmed).toBeNull();
        expect(store.pending()).toHaveLength(1);
    });
});
