/**
 * How long to wait before the next reconnection attempt: doubles from initialMs up to maxMs, each
 * delay shortened by a random part (jitter) so that every phone in the room doesn't knock on the
 * studio computer at the same instant after it restarts. reset() after a healthy connection.
 */
export interface BackoffOptions {
    initialMs?: number;
    maxMs?: number;
    factor?: number;
    /** 0..1: the share of each delay that is random (0.3 → between 70 % and 100 % of it). */
    jitter?: number;
    random?: () => number;
}

export class Backoff {
    private readonly initialMs: number;
    private readonly maxMs: number;
    private readonly factor: number;
    private readonly jitter: number;
    private readonly random: () => number;
    private failures = 0;

    constructor(options: BackoffOptions = {}) {
        this.initialMs = options.initialMs ?? 500;
        this.maxMs = options.maxMs ?? 15_000;
        this.factor = options.factor ?? 2;
        this.jitter = Math.min(1, Math.max(0, options.jitter ?? 0.3));
        this.random = options.random ?? Math.random;
    }

    /** Attempts made since the last reset. */
    get attempts(): number {
        return this.failures;
    }

    /** The delay before the next attempt, in milliseconds; counts one more attempt. */
    next(): number {
        const exponent = Math.min(this.failures, 30);
        const ceiling = Math.min(this.maxMs, this.initialMs * this.factor ** exponent);
        this.failures += 1;
        return Math.round(ceiling * (1 - this.jitter * this.random()));
    }

    reset(): void {
        this.failures = 0;
    }
}
