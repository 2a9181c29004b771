// The client's copy of the chat: messages per room keyed by seq, and the outbox of messages sent
// but not yet seen back from the server. No DOM and no socket: LiveSession feeds it the server's
// messages and does what it answers (send a chat.sync, re-send the outbox).
//
// The promise to the user: nothing lost, nothing twice.
//  - A message is stored once per (roomId, seq); the same one arriving again (a sync page after a
//    reconnect, a history page overlapping the live stream) changes nothing.
//  - syncedTo is how far a room's log has no holes. A live message further on reveals a gap:
//    receive() answers with the seq to sync from. After a reconnect, syncPoints() gives every
//    room's syncedTo for one chat.sync.
//  - Outgoing messages keep their clientId until a message with that clientId comes back; until
//    then they are re-sent after each reconnect (the server stores a clientId once).

import type { ChatMessage } from '../live/protocol';

export interface PendingMessage {
    clientId: string;
    roomId: number;
    text: string;
    /** Milliseconds since the epoch, when the user pressed Send. */
    queuedAt: number;
    /** Why the server refused it (then it isn't re-sent until retry()); null while in flight. */
    error: string | null;
}

export interface ReceiveResult {
    /** The message was new to us. */
    added: boolean;
    /** It was one of ours, now stored by the server. */
    confirmed: PendingMessage | null;
    /** A gap before it: ask the server for everything after this seq. */
    syncSince: number | null;
}

export interface PageResult {
    added: ChatMessage[];
    confirmed: PendingMessage[];
    /** The page wasn't the end: ask again from this seq. */
    syncSince: number | null;
}

interface RoomLog {
    bySeq: Map<number, ChatMessage>;
    ordered: ChatMessage[] | null;
    /** Every message from the oldest we hold up to this seq is here; null: room not followed yet. */
    syncedTo: number | null;
    /** Nothing older than the oldest we hold. */
    historyComplete: boolean;
    /** A chat.sync for this room is on its way; don't ask twice. */
    syncing: boolean;
}

export class MessageStore {
    private readonly logs = new Map<number, RoomLog>();
    private readonly outbox = new Map<string, PendingMessage>();

    // --- incoming -------------------------------------------------------------------------------

    /** A live chat.message. */
    receive(message: ChatMessage): ReceiveResult {
        const log = this.log(message.roomId);
        const added = this.insert(log, message);
        const confirmed = this.confirm(message);
        let syncSince: number | null = null;
        if (log.syncedTo === null) {
            // The first we hear of this room: follow it from here; what came before is history.
            log.syncedTo = message.seq;
        } else if (message.seq > log.syncedTo + 1 && !log.syncing) {
            log.syncing = true;
            syncSince = log.syncedTo;
        }
        this.extend(log);
        return { added, confirmed, syncSince };
    }

    /** A chat.page answering chat.history (older messages); complete: nothing older exists. */
    applyHistory(roomId: number, messages: ChatMessage[], complete: boolean): PageResult {
        const log = this.log(roomId);
        const result = this.insertAll(log, messages);
        if (complete) log.historyComplete = true;
        if (log.syncedTo === null) log.syncedTo = maxSeq(messages) ?? 0;
        this.extend(log);
        return { ...result, syncSince: null };
    }

    /** A chat.page answering chat.sync (newer messages); complete: nothing newer exists. */
    applySync(roomId: number, messages: ChatMessage[], complete: boolean): PageResult {
        const log = this.log(roomId);
        const result = this.insertAll(log, messages);
        log.syncing = false;
        log.syncedTo = Math.max(log.syncedTo ?? 0, maxSeq(messages) ?? 0);
        this.extend(log);
        if (!complete) {
            log.syncing = true;
            return { ...result, syncSince: log.syncedTo };
        }
        // The server says this is everything: a seq it skipped (a message deleted for good) is
        // not a gap to ask about again and again.
        log.syncedTo = Math.max(log.syncedTo, maxSeq(this.messages(roomId)) ?? 0);
        return { ...result, syncSince: null };
    }

    /** A sync request was refused or lost: let the next gap ask again. */
    syncFailed(roomId?: number): void {
        for (const [id, log] of this.logs) if (roomId === undefined || id === roomId) log.syncing = false;
    }

    /** chat.deleted: the message keeps its place and loses its text. */
    markDeleted(roomId: number, seq: number): boolean {
        const log = this.logs.get(roomId);
        const message = log?.bySeq.get(seq);
        if (!log || !message || message.deleted) return false;
        log.bySeq.set(seq, { ...message, text: '', deleted: true });
        log.ordered = null;
        return true;
    }

    /**
     * After a (re)connect: for every followed room, the seq we have everything up to. Marks those
     * rooms as syncing; send them all in one chat.sync (nothing to send when empty).
     */
    syncPoints(): Record<string, number> {
        const since: Record<string, number> = {};
        for (const [roomId, log] of this.logs) {
            if (log.syncedTo === null) continue;
            since[String(roomId)] = log.syncedTo;
            log.syncing = true;
        }
        return since;
    }

    // --- reading --------------------------------------------------------------------------------

    /** The room's messages, oldest first. */
    messages(roomId: number): ChatMessage[] {
        const log = this.logs.get(roomId);
        if (!log) return [];
        if (!log.ordered) log.ordered = [...log.bySeq.values()].sort((a, b) => a.seq - b.seq);
        return log.ordered;
    }

    /** Whether we follow the room (we have its newest messages or have been told it has none). */
    isFollowed(roomId: number): boolean {
        return (this.logs.get(roomId)?.syncedTo ?? null) !== null;
    }

    historyComplete(roomId: number): boolean {
        return this.logs.get(roomId)?.historyComplete ?? false;
    }

    oldestSeq(roomId: number): number | null {
        return this.messages(roomId)[0]?.seq ?? null;
    }

    newestSeq(roomId: number): number | null {
        return maxSeq(this.messages(roomId));
    }

    // --- outgoing -------------------------------------------------------------------------------

    /** Keeps a message the user sent until the server gives it back. */
    queue(roomId: number, text: string, clientId: string, queuedAt = Date.now()): PendingMessage {
        const pending: PendingMessage = { clientId, roomId, text, queuedAt, error: null };
        this.outbox.set(clientId, pending);
        return pending;
    }

    /** Messages not yet stored by the server, in the order they were written (of one room if given). */
    pending(roomId?: number): PendingMessage[] {
        const all = [...this.outbox.values()];
        return roomId === undefined ? all : all.filter((p) => p.roomId === roomId);
    }

    /** What to send again after a reconnect: everything in flight, in order (not the refused ones). */
    toResend(): PendingMessage[] {
        return this.pending().filter((p) => p.error === null);
    }

    /** The server refused the message (too long, not allowed): keep it, shown with the reason. */
    fail(clientId: string, reason: string): void {
        const pending = this.outbox.get(clientId);
        if (pending) this.outbox.set(clientId, { ...pending, error: reason });
    }

    /** The user asks to try a refused message again; returns it to send. */
    retry(clientId: string): PendingMessage | null {
        const pending = this.outbox.get(clientId);
        if (!pending) return null;
        const again = { ...pending, error: null };
        this.outbox.set(clientId, again);
        return again;
    }

    discard(clientId: string): void {
        this.outbox.delete(clientId);
    }

    /** The outbox as plain data (kept in localStorage so a reload doesn't lose it). */
    exportOutbox(): PendingMessage[] {
        return this.pending();
    }

    importOutbox(saved: unknown): void {
        if (!Array.isArray(saved)) return;
        for (const item of saved) {
            const p = item as Partial<PendingMessage>;
            if (typeof p.clientId === 'string' && typeof p.roomId === 'number' && typeof p.text === 'string') {
                this.outbox.set(p.clientId, {
                    clientId: p.clientId,
                    roomId: p.roomId,
                    text: p.text,
                    queuedAt: typeof p.queuedAt === 'number' ? p.queuedAt : Date.now(),
                    error: typeof p.error === 'string' ? p.error : null,
                });
            }
        }
    }

    // --- internals ------------------------------------------------------------------------------

    private log(roomId: number): RoomLog {
        let log = this.logs.get(roomId);
        if (!log) {
            log = { bySeq: new Map(), ordered: null, syncedTo: null, historyComplete: false, syncing: false };
            this.logs.set(roomId, log);
        }
        return log;
    }

    /** Stores the message unless that (room, seq) is known; a deletion still wins over a copy of the text. */
    private insert(log: RoomLog, message: ChatMessage): boolean {
        const known = log.bySeq.get(message.seq);
        if (known) {
            if (isDeleted(message) && !known.deleted) {
                log.bySeq.set(message.seq, { ...known, text: '', deleted: true });
                log.ordered = null;
            }
            return false;
        }
        log.bySeq.set(message.seq, isDeleted(message) ? { ...message, text: '', deleted: true } : message);
        log.ordered = null;
        return true;
    }

    private insertAll(log: RoomLog, messages: ChatMessage[]): { added: ChatMessage[]; confirmed: PendingMessage[] } {
        const added: ChatMessage[] = [];
        const confirmed: PendingMessage[] = [];
        for (const message of messages) {
            if (this.insert(log, message)) added.push(message);
            const pending = this.confirm(message);
            if (pending) confirmed.push(pending);
        }
        return { added, confirmed };
    }

    private confirm(message: ChatMessage): PendingMessage | null {
        if (!message.clientId) return null;
        const pending = this.outbox.get(message.clientId);
        if (!pending || pending.roomId !== message.roomId) return null;
        this.outbox.delete(message.clientId);
        return pending;
    }

    private extend(log: RoomLog): void {
        if (log.syncedTo === null) return;
        while (log.bySeq.has(log.syncedTo + 1)) log.syncedTo += 1;
    }
}

function isDeleted(message: ChatMessage): boolean {
    return message.deleted === true;
}

function maxSeq(messages: ChatMessage[]): number | null {
    let max: number | null = null;
    for (const m of messages) if (max === null || m.seq > max) max = m.seq;
    return max;
}
