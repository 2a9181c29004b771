import { describe, expect, it } from 'vitest';
import { roomAfterMessage } from '../src/chat/unread';
import type { ChatMessage, Room } from '../src/live/protocol';

const room: Room = { id: 4, kind: 'room', name: 'general', memberIds: [], lastSeq: 10, unread: 2 };
const message = (over: Partial<ChatMessage>): ChatMessage => ({
    id: 99, roomId: 4, seq: 11, authorId: 7, authorName: 'Bob', text: 'salut', at: '2026-11-21T10:00:00.000Z',
    mentions: [], clientId: 'c1', ...over,
});

describe('unread counting on the client', () => {
    it('counts a new message from someone else in a room the user is not reading', () => {
        const after = roomAfterMessage(room, message({}), { added: true, meId: 1, reading: false });
        expect(after.unread).toBe(3);
        expect(after.lastSeq).toBe(11);
    });

    it('does not count one\'s own message, a room being read, or a repeat', () => {
        expect(roomAfterMessage(room, message({ authorId: 1 }), { added: true, meId: 1, reading: false }).unread).toBe(2);
        expect(roomAfterMessage(room, message({}), { added: true, meId: 1, reading: true }).unread).toBe(2);
        expect(roomAfterMessage(room, message({}), { added: false, meId: 1, reading: false }).unread).toBe(2);
    });

    it('does not count a message older than what the room already showed (sync after reconnect)', () => {
        const after = roomAfterMessage(room, message({ seq: 9 }), { added: true, meId: 1, reading: false });
        expect(after).toBe(room);
    });
});
