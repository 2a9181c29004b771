// A room's counters after a live chat.message: the server sends no per-reader update for each
// message (that would cost one query per member per message), so each client counts for itself.

import type { ChatMessage, Room } from '../live/protocol';

export interface Arrival {
    /** The message was new to this client (not a repeat after a reconnect). */
    added: boolean;
    /** The signed-in user's id: one's own messages are never unread. */
    meId: number;
    /** The user is looking at this room right now (open and the page visible). */
    reading: boolean;
}

/** The room as it is after `message` arrived; the same object when nothing changed. */
export function roomAfterMessage(room: Room, message: ChatMessage, arrival: Arrival): Room {
    let next = room;
    if (message.seq > room.lastSeq) next = { ...next, lastSeq: message.seq };
    const countable = arrival.added && !message.deleted && message.authorId !== arrival.meId && !arrival.reading;
    if (countable && message.seq > room.lastSeq) next = { ...next, unread: next.unread + 1 };
    return next;
}
