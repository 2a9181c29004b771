// Searching the chat history (`chat.search`): the one search under way or shown, which answer
// belongs to it, and each hit as the results list shows it (where, who, when, what).

import { t, tn } from '../i18n';
import type { ChatMessage, Room } from '../live/protocol';

/** The longest query the server takes (ChatService's kQueryMax). */
export const maxQuery = 200;
/** How many hits one search asks for, newest first (the server allows up to 100). */
export const searchLimit = 50;

export interface SearchRequest {
    type: 'chat.search';
    query: string;
    limit: number;
    ref: string;
}

/**
 * The latest search and its answer. Each search gets a ref of its own, so the answer to an older
 * one (typed over before it came back) is ignored.
 */
export class ChatSearch {
    /** What is being looked for; null when no search is shown. */
    query: string | null = null;
    /** The hits, newest first; null while the answer is awaited (or no search). */
    results: ChatMessage[] | null = null;
    /** Why the search failed, in plain words; null otherwise. */
    error: string | null = null;
    private serial = 0;

    get searching(): boolean {
        return this.query !== null && this.results === null && this.error === null;
    }

    /** Starts a search for what was typed (trimmed); null when there is nothing to look for. */
    start(typed: string): SearchRequest | null {
        const query = typed.trim().slice(0, maxQuery);
        if (!query) return null;
        this.serial += 1;
        this.query = query;
        this.results = null;
        this.error = null;
        return this.request();
    }

    /** The request of the search under way (to send again after a reconnect). */
    request(): SearchRequest {
        return { type: 'chat.search', query: this.query ?? '', limit: searchLimit, ref: this.ref() };
    }

    /** A search's ref: "search:<n>". */
    static owns(ref: string | null | undefined): boolean {
        return (ref ?? '').startsWith('search:');
    }

    /** The hits for ref; false (and nothing kept) when ref is not the latest search's. */
    answer(ref: string | null | undefined, messages: ChatMessage[]): boolean {
        if (ref !== this.ref() || this.query === null) return false;
        this.results = messages.filter((m) => !m.deleted);
        return true;
    }

    /** The search ref failed; false when ref is not the latest search's. */
    fail(ref: string | null | undefined, error: string): boolean {
        if (ref !== this.ref() || this.query === null) return false;
        this.error = error;
        return true;
    }

    /** A message was deleted: it leaves the hits. True when it was among them. */
    removeDeleted(roomId: number, seq: number): boolean {
        if (!this.results) return false;
        const kept = this.results.filter((m) => !(m.roomId === roomId && m.seq === seq));
        if (kept.length === this.results.length) return false;
        this.results = kept;
        return true;
    }

    clear(): void {
        this.serial += 1;
        this.query = null;
        this.results = null;
        this.error = null;
    }

    private ref(): string {
        return `search:${this.serial}`;
    }
}

/** Where a hit was written: "#name" for a room, the other person's name for a direct conversation. */
export function hitPlace(
    room: Room | undefined,
    meId: number,
    nameOf: (userId: number) => string,
    unknown: string,
): string {
    if (!room) return unknown;
    if (room.kind === 'direct') return nameOf(room.memberIds.find((id) => id !== meId) ?? meId);
    return `#${room.name}`;
}

/** What the search says above its hits (for screen readers too); "" when there is no search. */
export function searchStatus(search: ChatSearch): string {
    if (search.query === null) return '';
    if (search.error !== null) return search.error;
    if (search.results === null) return t('chat.searching');
    const count = search.results.length;
    if (count === 0) return t('chat.searchNone', { query: search.query });
    const found = tn('chat.searchFound', count, { query: search.query });
    return count >= searchLimit ? `${found} ${t('chat.searchNewest', { count: searchLimit })}` : found;
}
