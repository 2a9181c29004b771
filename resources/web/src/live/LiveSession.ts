// Everything live for one signed-in user in one band: the WebSocket, the chat (through
// MessageStore), who is online, and REAPER's state for the remote. Views read its fields and
// redraw on its events; they send through its methods.

import type { Permissions, User } from '../api/types';
import { roomAfterMessage } from '../chat/unread';
import { MessageStore, type PendingMessage } from '../chat/MessageStore';
import { ChatSearch } from '../chat/search';
import { t } from '../i18n';
import { newClientId } from '../util/clientId';
import { Emitter } from '../util/Emitter';
import { Backoff } from './Backoff';
import { LiveConnection, type LinkState } from './LiveConnection';
import type {
    ChatDeletedMessage, ChatMessage, ChatMessageMessage, ChatPageMessage, ChatRoomMessage,
    ClientMessage, ErrorMessage, PresenceEntry, PresenceMessage, ReaperState, ReaperStateMessage, Room,
    ServerMessage, TrackChange, TransportAction, WelcomeMessage,
} from './protocol';

/** What the header shows: online once welcomed; unreachable when the server doesn't answer at all. */
export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'unreachable' | 'stopped';

export interface MessagesChange {
    roomId: number;
    /** Messages new to us; live: they just arrived (announce them), not from a page. */
    added: ChatMessage[];
    live: boolean;
}

export interface LiveSessionEvents extends Record<string, unknown> {
    state: ConnectionState;
    rooms: null;
    messages: MessagesChange;
    outbox: number;
    presence: null;
    reaper: null;
    permissions: null;
    /** The chat search (LiveSession.search) started, was answered, failed or was cleared. */
    search: null;
    /** A room the user asked for (new room, direct conversation) exists now. */
    roomReady: number;
    /** Something went wrong that the user should read (plain words). */
    notice: string;
    signedOut: null;
}

/** What the session asks the app when the socket can't even open: is the session still valid? */
export type Probe = () => Promise<'ok' | 'signedOut' | 'unreachable'>;

const historyPage = 50;
const maxText = 4000;

type Handlers = { [K in ServerMessage['type']]: (message: Extract<ServerMessage, { type: K }>) => void };

export class LiveSession extends Emitter<LiveSessionEvents> {
    readonly store = new MessageStore();
    readonly rooms = new Map<number, Room>();
    readonly search = new ChatSearch();
    presence: PresenceEntry[] = [];
    reaper: ReaperState | null = null;
    state: ConnectionState = 'connecting';
    me: User;
    permissions: Permissions;

    private readonly connection: LiveConnection;
    private readonly historyLoading = new Set<number>();
    private readonly readSent = new Map<number, number>();
    private activeRoomId: number | null = null;
    private welcomed = false;
    private wantedRoomName: string | null = null;
    private wantedDirectUser: number | null = null;
    private resendTimer: ReturnType<typeof setTimeout> | null = null;

    private readonly handlers: Handlers = {
        welcome: (m) => this.onWelcome(m),
        error: (m) => this.onError(m),
        presence: (m) => this.onPresence(m),
        'chat.room': (m) => this.onRoom(m),
        'chat.message': (m) => this.onMessage(m),
        'chat.deleted': (m) => this.onDeleted(m),
        'chat.page': (m) => this.onPage(m),
        'reaper.state': (m) => this.onReaper(m),
    };

    constructor(
        readonly bandId: number,
        me: User,
        permissions: Permissions,
        private readonly probe: Probe,
        options: { createSocket?: (url: string) => WebSocket; backoff?: Backoff } = {},
    ) {
        super();
        this.me = me;
        this.permissions = permissions;
        this.store.importOutbox(this.loadOutbox());
        this.connection = new LiveConnection({
            url: () => {
                const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
                return `${scheme}://${location.host}/ws?band=${encodeURIComponent(String(bandId))}`;
            },
            onMessage: (message) => this.dispatch(message),
            onState: (state) => this.onLinkState(state),
            onDrop: (opened) => this.onDrop(opened),
            backoff: options.backoff ?? new Backoff(),
            createSocket: options.createSocket,
        });
    }

    start(): void {
        this.connection.start();
    }

    stop(): void {
        if (this.resendTimer) clearTimeout(this.resendTimer);
        this.connection.stop();
    }

    /** The page came back to the foreground or the network returned: don't wait for the timer. */
    retryNow(): void {
        this.connection.retryNow();
    }

    // --- chat: what views call -------------------------------------------------------------------

    /** The user looks at this room: load it if needed, and mark it read. */
    openRoom(roomId: number | null): void {
        this.activeRoomId = roomId;
        if (roomId === null) return;
        this.ensureLoaded(roomId);
        this.markRead(roomId);
    }

    isLoadingHistory(roomId: number): boolean {
        return this.historyLoading.has(roomId);
    }

    /** Asks for the page of messages before the oldest one shown. */
    loadEarlier(roomId: number): void {
        if (this.historyLoading.has(roomId) || this.store.historyComplete(roomId)) return;
        const beforeSeq = this.store.isFollowed(roomId) ? this.store.oldestSeq(roomId) : null;
        if (this.send({ type: 'chat.history', roomId, beforeSeq, limit: historyPage, ref: `h:${roomId}` })) {
            this.historyLoading.add(roomId);
        }
    }

    /** Sends a message; it stays in the outbox (shown as sending) until the server has it. */
    sendText(roomId: number, text: string): PendingMessage | null {
        const trimmed = text.trim();
        if (!trimmed || trimmed.length > maxText) return null;
        const pending = this.store.queue(roomId, trimmed, newClientId());
        this.saveOutbox();
        this.sendPending(pending);
        this.emit('outbox', roomId);
        return pending;
    }

    retryPending(clientId: string): void {
        const pending = this.store.retry(clientId);
        if (!pending) return;
        this.saveOutbox();
        this.sendPending(pending);
        this.emit('outbox', pending.roomId);
    }

    discardPending(clientId: string): void {
        const pending = this.store.pending().find((p) => p.clientId === clientId);
        this.store.discard(clientId);
        this.saveOutbox();
        if (pending) this.emit('outbox', pending.roomId);
    }

    deleteMessage(messageId: number): boolean {
        return this.sendOrWarn({ type: 'chat.delete', messageId, ref: 'delete' });
    }

    createRoom(name: string): boolean {
        this.wantedRoomName = name.trim().toLowerCase();
        return this.sendOrWarn({ type: 'chat.createRoom', name: name.trim(), ref: 'createRoom' });
    }

    /** The direct conversation with a member: its id now if we know it, else roomReady follows. */
    openDirect(userId: number): number | null {
        const known = this.directRoomWith(userId);
        if (known) return known.id;
        this.wantedDirectUser = userId;
        this.sendOrWarn({ type: 'chat.direct', userId, ref: 'direct' });
        return null;
    }

    directRoomWith(userId: number): Room | undefined {
        return [...this.rooms.values()].find(
            (r) => r.kind === 'direct' && r.memberIds.includes(userId) && (userId !== this.me.id || r.memberIds.every((id) => id === userId)),
        );
    }

    /** Searches the band's chat history for typed; an empty query clears the search. */
    searchChat(typed: string): void {
        const request = this.search.start(typed);
        if (!request) this.search.clear();
        else if (!this.send(request)) this.search.fail(request.ref, t('live.notConnected'));
        this.emit('search', null);
    }

    markRead(roomId: number): void {
        if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
        const seq = this.store.newestSeq(roomId);
        if (seq === null || seq <= (this.readSent.get(roomId) ?? 0)) return;
        if (!this.send({ type: 'chat.read', roomId, seq })) return;
        this.readSent.set(roomId, seq);
        const room = this.rooms.get(roomId);
        if (room && room.unread !== 0) {
            this.rooms.set(roomId, { ...room, unread: 0 });
            this.emit('rooms', null);
        }
    }

    // --- remote -----------------------------------------------------------------------------------

    transport(action: TransportAction): boolean {
        return this.send({ type: 'remote.transport', action });
    }

    track(number: number, change: TrackChange): boolean {
        return this.send({ type: 'remote.track', number, ...change });
    }

    bank(direction: 'previous' | 'next'): boolean {
        return this.send({ type: 'remote.bank', direction });
    }

    // --- incoming ---------------------------------------------------------------------------------

    private dispatch(message: ServerMessage): void {
        const handler = this.handlers[message.type] as ((m: ServerMessage) => void) | undefined;
        handler?.(message);
    }

    private onWelcome(m: WelcomeMessage): void {
        this.welcomed = true;
        this.connection.markHealthy();
        this.me = m.me ?? this.me;
        this.permissions = m.permissions ?? this.permissions;
        this.rooms.clear();
        for (const room of m.rooms ?? []) this.rooms.set(room.id, room);
        this.presence = m.presence ?? [];
        this.reaper = m.reaper ?? null;
        // Requests sent on the old socket will never be answered.
        this.historyLoading.clear();
        this.readSent.clear();
        this.store.syncFailed();
        const since = this.store.syncPoints();
        if (Object.keys(since).length > 0) this.send({ type: 'chat.sync', since, ref: 'sync' });
        for (const pending of this.store.toResend()) this.sendPending(pending);
        if (this.search.searching) this.send(this.search.request());
        this.setState('online');
        this.emit('permissions', null);
        this.emit('rooms', null);
        this.emit('presence', null);
        this.emit('reaper', null);
        if (this.activeRoomId !== null) this.openRoom(this.activeRoomId);
    }

    private onError(m: ErrorMessage): void {
        const ref = m.ref ?? '';
        if (ChatSearch.owns(ref)) {
            if (this.search.fail(ref, liveErrorText(m))) this.emit('search', null);
            return;
        }
        if (ref.startsWith('send:')) {
            const clientId = ref.slice('send:'.length);
            if (m.code === 'rate_limited') {
                this.scheduleResend();
            } else {
                this.store.fail(clientId, liveErrorText(m));
                this.saveOutbox();
                const pending = this.store.pending().find((p) => p.clientId === clientId);
                if (pending) this.emit('outbox', pending.roomId);
            }
            return;
        }
        if (ref.startsWith('h:')) this.historyLoading.delete(Number(ref.slice(2)));
        if (ref === 'sync') this.store.syncFailed();
        if (ref === 'direct') this.wantedDirectUser = null;
        if (ref === 'createRoom') this.wantedRoomName = null;
        this.emit('notice', liveErrorText(m));
    }

    private onPresence(m: PresenceMessage): void {
        this.presence = m.users ?? [];
        this.emit('presence', null);
    }

    private onRoom(m: ChatRoomMessage): void {
        const room = m.room;
        this.rooms.set(room.id, room);
        this.emit('rooms', null);
        if (room.kind === 'room' && this.wantedRoomName !== null && room.name.toLowerCase() === this.wantedRoomName) {
            this.wantedRoomName = null;
            this.emit('roomReady', room.id);
        } else if (room.kind === 'direct' && this.wantedDirectUser !== null && room.memberIds.includes(this.wantedDirectUser)) {
            this.wantedDirectUser = null;
            this.emit('roomReady', room.id);
        }
    }

    private onMessage(m: ChatMessageMessage): void {
        const message = m.message;
        const result = this.store.receive(message);
        if (result.syncSince !== null) {
            this.send({ type: 'chat.sync', since: { [String(message.roomId)]: result.syncSince }, ref: 'sync' });
        }
        if (result.confirmed) this.saveOutbox();
        const room = this.rooms.get(message.roomId);
        if (room) {
            const reading = message.roomId === this.activeRoomId
                && (typeof document === 'undefined' || document.visibilityState !== 'hidden');
            const next = roomAfterMessage(room, message, { added: result.added, meId: this.me.id, reading });
            if (next !== room) {
                this.rooms.set(room.id, next);
                if (next.unread !== room.unread) this.emit('rooms', null);
            }
        }
        this.emit('messages', { roomId: message.roomId, added: result.added ? [message] : [], live: true });
        if (result.confirmed) this.emit('outbox', message.roomId);
        if (message.roomId === this.activeRoomId) this.markRead(message.roomId);
    }

    private onDeleted(m: ChatDeletedMessage): void {
        if (this.store.markDeleted(m.roomId, m.seq)) this.emit('messages', { roomId: m.roomId, added: [], live: false });
        if (this.search.removeDeleted(m.roomId, m.seq)) this.emit('search', null);
    }

    private onPage(m: ChatPageMessage): void {
        if (m.roomId === null || m.roomId === undefined) { // search results
            if (this.search.answer(m.ref, m.messages ?? [])) this.emit('search', null);
            return;
        }
        const roomId = m.roomId;
        const messages = m.messages ?? [];
        const ref = m.ref ?? this.guessPageKind(roomId, messages);
        if (ref === 'sync') {
            const result = this.store.applySync(roomId, messages, m.complete);
            if (result.syncSince !== null) {
                this.send({ type: 'chat.sync', since: { [String(roomId)]: result.syncSince }, ref: 'sync' });
            }
            if (result.confirmed.length > 0) this.saveOutbox();
            this.emit('messages', { roomId, added: result.added, live: false });
            if (result.confirmed.length > 0) this.emit('outbox', roomId);
        } else {
            this.historyLoading.delete(roomId);
            const result = this.store.applyHistory(roomId, messages, m.complete);
            if (result.confirmed.length > 0) this.saveOutbox();
            this.emit('messages', { roomId, added: result.added, live: false });
        }
        if (roomId === this.activeRoomId) this.markRead(roomId);
    }

    /**
     * For a chat.page that came without our ref: older than what we hold (or the first page of a
     * room being loaded) answers chat.history; anything else answers chat.sync.
     */
    private guessPageKind(roomId: number, messages: ChatMessage[]): string {
        const oldest = this.store.oldestSeq(roomId);
        const older = messages.length > 0 && oldest !== null && messages.every((x) => x.seq < oldest);
        const firstLoad = this.historyLoading.has(roomId) && !this.store.isFollowed(roomId);
        return older || firstLoad || (messages.length === 0 && this.historyLoading.has(roomId)) ? `h:${roomId}` : 'sync';
    }

    private onReaper(m: ReaperStateMessage): void {
        const { type: _type, ...state } = m;
        this.reaper = state;
        this.emit('reaper', null);
    }

    // --- connection -------------------------------------------------------------------------------

    private onLinkState(link: LinkState): void {
        if (link === 'stopped') this.setState('stopped');
        else if (link === 'connecting' || link === 'open') {
            if (this.state !== 'unreachable') this.setState(this.welcomed ? 'reconnecting' : 'connecting');
        } else if (this.state !== 'unreachable') this.setState('reconnecting');
    }

    private onDrop(opened: boolean): void {
        if (opened) return;
        // The socket didn't even open: the studio computer is away, or the session is gone.
        void this.probe().then((answer) => {
            if (this.state === 'stopped') return;
            if (answer === 'signedOut') {
                this.stop();
                this.emit('signedOut', null);
            } else if (answer === 'unreachable') {
                this.setState('unreachable');
            } else {
                this.setState('reconnecting');
            }
        });
    }

    private setState(state: ConnectionState): void {
        if (state === this.state) return;
        this.state = state;
        this.emit('state', state);
    }

    private ensureLoaded(roomId: number): void {
        if (!this.store.isFollowed(roomId) || (this.store.messages(roomId).length < 30 && !this.store.historyComplete(roomId))) {
            this.loadEarlier(roomId);
        }
    }

    private send(message: ClientMessage): boolean {
        return this.connection.send(message);
    }

    private sendOrWarn(message: ClientMessage): boolean {
        const sent = this.send(message);
        if (!sent) this.emit('notice', t('live.notConnected'));
        return sent;
    }

    private sendPending(pending: PendingMessage): void {
        this.send({ type: 'chat.send', roomId: pending.roomId, text: pending.text, clientId: pending.clientId, ref: `send:${pending.clientId}` });
    }

    private scheduleResend(): void {
        if (this.resendTimer) return;
        this.resendTimer = setTimeout(() => {
            this.resendTimer = null;
            for (const pending of this.store.toResend()) this.sendPending(pending);
        }, 1500);
    }

    private get outboxKey(): string {
        return `oscalis.outbox.${this.me.id}.${this.bandId}`;
    }

    private loadOutbox(): unknown {
        try {
            return JSON.parse(localStorage.getItem(this.outboxKey) ?? '[]');
        } catch {
            return [];
        }
    }

    private saveOutbox(): void {
        try {
            const outbox = this.store.exportOutbox();
            if (outbox.length === 0) localStorage.removeItem(this.outboxKey);
            else localStorage.setItem(this.outboxKey, JSON.stringify(outbox));
        } catch {
            // Storage unavailable: the outbox still lives as long as the page.
        }
    }
}

/** An `error` message in the user's language where we know the code. */
export function liveErrorText(m: Pick<ErrorMessage, 'code' | 'message'>): string {
    switch (m.code) {
        case 'forbidden': return t('error.forbidden');
        case 'too_large': return t('error.tooLarge');
        case 'rate_limited': return t('live.rateLimited');
        case 'server_error': return t('error.server');
        case 'invalid_field': return m.message || t('error.invalid');
        default: return m.message || t('error.unexpected');
    }
}
