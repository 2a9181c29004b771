// The one WebSocket to /ws: opens it, reads frames, and when it drops, waits (Backoff) and opens
// it again until stop(). It knows nothing of chat; LiveSession re-syncs after each welcome.

import { Backoff } from './Backoff';
import { parseServerMessage, type ClientMessage, type ServerMessage } from './protocol';

/** connecting: a socket is opening; open: it is up; waiting: down, next attempt scheduled. */
export type LinkState = 'connecting' | 'open' | 'waiting' | 'stopped';

export interface LinkInfo {
    /** Attempts since the last healthy connection. */
    attempt: number;
    /** When waiting: milliseconds until the next attempt. */
    retryInMs: number | null;
}

export interface LiveConnectionOptions {
    url: () => string;
    onMessage: (message: ServerMessage) => void;
    onState: (state: LinkState, info: LinkInfo) => void;
    /** The socket closed; opened says whether it had been open (false: refused or unreachable). */
    onDrop?: (opened: boolean) => void;
    backoff?: Backoff;
    createSocket?: (url: string) => WebSocket;
}

/** How long a greeted connection must last to count as healthy. */
const stableMs = 5000;

export class LiveConnection {
    private socket: WebSocket | null = null;
    private timer: ReturnType<typeof setTimeout> | null = null;
    private stopped = true;
    private readonly backoff: Backoff;
    private healthySince = 0;

    constructor(private readonly options: LiveConnectionOptions) {
        this.backoff = options.backoff ?? new Backoff();
    }

    start(): void {
        if (!this.stopped) return;
        this.stopped = false;
        this.connect();
    }

    stop(): void {
        this.stopped = true;
        this.clearTimer();
        const socket = this.socket;
        this.socket = null;
        socket?.close(1000, 'bye');
        this.options.onState('stopped', { attempt: this.backoff.attempts, retryInMs: null });
    }

    get isOpen(): boolean {
        return this.socket?.readyState === WebSocket.OPEN;
    }

    /** Sends one message; false when the socket isn't open (the caller keeps what must survive). */
    send(message: ClientMessage): boolean {
        if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
        this.socket.send(JSON.stringify(message));
        return true;
    }

    /**
     * The server greeted us. If the connection then lasts a while, the next drop starts again from
     * the shortest delay; a server that greets and hangs up at once still gets the growing delays.
     */
    markHealthy(): void {
        this.healthySince = Date.now();
    }

    /** When waiting for the next attempt (the page became visible, the network came back): try now. */
    retryNow(): void {
        if (this.stopped || this.socket || !this.timer) return;
        this.clearTimer();
        this.connect();
    }

    private connect(): void {
        this.options.onState('connecting', { attempt: this.backoff.attempts, retryInMs: null });
        let socket: WebSocket;
        try {
            socket = this.options.createSocket ? this.options.createSocket(this.options.url()) : new WebSocket(this.options.url());
        } catch {
            this.scheduleRetry(false);
            return;
        }
        this.socket = socket;
        let opened = false;
        socket.addEventListener('open', () => {
            if (this.socket !== socket) return;
            opened = true;
            this.options.onState('open', { attempt: this.backoff.attempts, retryInMs: null });
        });
        socket.addEventListener('message', (event: MessageEvent) => {
            if (this.socket !== socket) return;
            const message = parseServerMessage(event.data);
            if (message) this.options.onMessage(message);
        });
        socket.addEventListener('close', () => {
            if (this.socket !== socket) return;
            this.socket = null;
            this.scheduleRetry(opened);
        });
    }

    private scheduleRetry(opened: boolean): void {
        if (this.stopped) return;
        if (this.healthySince && Date.now() - this.healthySince >= stableMs) this.backoff.reset();
        this.healthySince = 0;
        const delay = this.backoff.next();
        this.options.onState('waiting', { attempt: this.backoff.attempts, retryInMs: delay });
        this.clearTimer();
        this.timer = setTimeout(() => {
            this.timer = null;
            if (!this.stopped) this.connect();
        }, delay);
        // Last: the listener may stop() us (the session ended), which clears the timer.
        this.options.onDrop?.(opened);
    }

    private clearTimer(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
    }
}
