// The listener's jitter buffer: packets of the studio's stream go in as they arrive (out of
// order, late, in bursts, or never); frames come out one per frame period, in order, when the
// player asks. It measures how irregularly packets arrive and keeps the smallest delay that
// makes an underrun rarer than the target rate (like Jamulus's self-sizing buffer), so the
// latency stays as low as the network allows. No clock of its own: the caller says when.

import { sequenceDiff } from './packet';

export type Frame =
    /** The next frame's Opus payload. */
    | { kind: 'packet'; sequence: number; payload: Uint8Array }
    /** It never came in time: conceal it (with the next packet's FEC, when it is here). */
    | { kind: 'lost'; sequence: number; next?: Uint8Array }
    /** Nothing to play yet (filling up, or refilling after an underrun): play silence. */
    | { kind: 'silence' };

export interface JitterBufferOptions {
    /** Duration of one frame in ms (2.5, 5, 10 or 20). */
    frameMs: number;
    /** The share of frames allowed to find the buffer empty; default 0.5 %. */
    targetUnderrunRate?: number;
    /** How many recent arrivals the jitter estimate looks at; default 2 s worth. */
    window?: number;
    /** Never hold more than this; default 1000 ms. */
    maxDelayMs?: number;
}

export interface JitterStats {
    received: number;
    played: number;
    lost: number;
    late: number;
    duplicates: number;
    reordered: number;
    underruns: number;
    /** Frames dropped to bring the delay down after a burst. */
    skipped: number;
}

export class JitterBuffer {
    readonly frameMs: number;
    private readonly targetUnderrunRate: number;
    private readonly windowSize: number;
    private readonly maxFrames: number;
    private readonly packets = new Map<number, Uint8Array>();
    private nextSequence: number | null = null;
    private highest: number | null = null;
    private playing = false;
    private readonly transits: number[] = [];
    private transitAt = 0;
    private targetFramesCache = 1;
    private sinceEstimate = 0;
    readonly stats: JitterStats = {
        received: 0, played: 0, lost: 0, late: 0, duplicates: 0, reordered: 0, underruns: 0, skipped: 0,
    };

    constructor(options: JitterBufferOptions) {
        this.frameMs = options.frameMs;
        this.targetUnderrunRate = options.targetUnderrunRate ?? 0.005;
        this.windowSize = options.window ?? Math.max(50, Math.round(2000 / options.frameMs));
        this.maxFrames = Math.max(2, Math.round((options.maxDelayMs ?? 1000) / options.frameMs));
    }

    /** A packet arrived at arrivalMs (any monotonic clock of the listener's). */
    push(sequence: number, captureMs: number, payload: Uint8Array, arrivalMs: number): void {
        if (this.packets.has(sequence)) {
            this.stats.duplicates++;
            return;
        }
        // Late packets count too: they are the ones that say the buffer is too small.
        this.measure(arrivalMs - captureMs);
        if (this.nextSequence === null) this.nextSequence = sequence;
        if (sequenceDiff(sequence, this.nextSequence) < 0) {
            if (this.stats.played + this.stats.lost + this.stats.skipped > 0) {
                this.stats.late++; // its turn has passed: it was concealed or skipped
                return;
            }
            this.nextSequence = sequence; // still filling up: start from the earliest
        }
        this.stats.received++;
        if (this.highest !== null && sequenceDiff(sequence, this.highest) < 0) this.stats.reordered++;
        if (this.highest === null || sequenceDiff(sequence, this.highest) > 0) this.highest = sequence;
        this.packets.set(sequence, payload);
        while (this.depth > this.maxFrames) this.dropOldest();
    }

    /** The next frame to play; call once per frame period of the output. */
    next(): Frame {
        if (this.nextSequence === null) return { kind: 'silence' };
        const target = this.targetFrames;
        if (!this.playing) {
            if (this.depth < target) return { kind: 'silence' };
            this.playing = true;
        }
        if (this.depth <= 0) {
            this.stats.underruns++;
            this.playing = false; // refill to the target before playing on
            return { kind: 'silence' };
        }
        // After a burst the buffer holds more than it needs: catch up (one frame per call) so
        // the delay comes back down instead of staying as long as the longest hiccup.
        while (this.depth > target + Math.max(2, Math.ceil(target / 2))) this.dropOldest();
        return this.take();
    }

    /** Frames waiting, counting the missing ones before the newest (they will be concealed). */
    get depth(): number {
        if (this.nextSequence === null || this.highest === null) return 0;
        return sequenceDiff(this.highest, this.nextSequence) + 1;
    }

    /** The delay the buffer aims for, in frames: enough for all but targetUnderrunRate of arrivals. */
    get targetFrames(): number {
        return this.targetFramesCache;
    }

    /** The sound's delay in the buffer now, in ms (what the listener hears beyond the network). */
    get delayMs(): number {
        return Math.max(0, this.depth) * this.frameMs;
    }

    get isPlaying(): boolean {
        return this.playing;
    }

    private take(): Frame {
        const sequence = this.nextSequence as number;
        const payload = this.packets.get(sequence);
        this.packets.delete(sequence);
        this.nextSequence = (sequence + 1) >>> 0;
        if (payload) {
            this.stats.played++;
            return { kind: 'packet', sequence, payload };
        }
        this.stats.lost++;
        const next = this.packets.get(this.nextSequence);
        return next ? { kind: 'lost', sequence, next } : { kind: 'lost', sequence };
    }

    private dropOldest(): void {
        const sequence = this.nextSequence as number;
        this.packets.delete(sequence);
        this.nextSequence = (sequence + 1) >>> 0;
        this.stats.skipped++;
    }

    /**
     * The transit time (arrival minus capture; the clocks' offset is unknown but constant) of
     * each packet, kept for the last window arrivals. A packet's lateness is its transit minus the
     * fastest one seen; the target delay is the lateness that all but targetUnderrunRate of the
     * packets stay under, plus one frame for the frame being played.
     */
    private measure(transit: number): void {
        if (this.transits.length < this.windowSize) {
            this.transits.push(transit);
        } else {
            this.transits[this.transitAt] = transit;
            this.transitAt = (this.transitAt + 1) % this.windowSize;
        }
        // Sorting the window on every packet would cost too much at 400 packets a second.
        if (++this.sinceEstimate >= 16 || this.transits.length < 16) {
            this.sinceEstimate = 0;
            this.targetFramesCache = this.estimate();
        }
    }

    private estimate(): number {
        const sorted = [...this.transits].sort((a, b) => a - b);
        const fastest = sorted[0];
        const index = Math.min(sorted.length - 1, Math.ceil((1 - this.targetUnderrunRate) * sorted.length) - 1);
        const lateness = sorted[Math.max(0, index)] - fastest;
        return Math.min(this.maxFrames, Math.max(1, Math.ceil(lateness / this.frameMs) + 1));
    }
}
