import { describe, expect, it } from 'vitest';
import { type Frame, JitterBuffer } from '../src/audio/JitterBuffer';
import { parsePacket } from '../src/audio/packet';

const payload = (sequence: number) => new Uint8Array([sequence & 0xff, 0xfc]);

/** A deterministic random source (xorshift), so a simulated network is the same on every run. */
function random(seed: number): () => number {
    let x = seed >>> 0 || 1;
    return () => {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        return x / 0x100000000;
    };
}

/**
 * Plays a stream through a buffer: packet i is captured at i * frameMs and arrives at
 * arrival(i) (or never, when arrival returns null); the player asks for a frame every frameMs
 * until every packet has had its turn. atFrame(i) is called when packet i's turn has come.
 * Returns the frames in the order played.
 */
function simulate(
    buffer: JitterBuffer,
    count: number,
    arrival: (i: number) => number | null,
    firstSequence = 0,
    atFrame: (i: number) => void = () => {},
): Frame[] {
    type Event = { at: number; order: number; packet?: number };
    const events: Event[] = [];
    let last = 0;
    for (let i = 0; i < count; i++) {
        const at = arrival(i);
        if (at !== null) events.push({ at, order: 0, packet: i });
        last = Math.max(last, at ?? 0);
    }
    for (let t = 0; t <= last + 1000; t += buffer.frameMs) events.push({ at: t, order: 1 });
    events.sort((a, b) => a.at - b.at || a.order - b.order);
    const frames: Frame[] = [];
    const turns = () => buffer.stats.played + buffer.stats.lost + buffer.stats.skipped;
    for (const e of events) {
        if (e.packet !== undefined) {
            const sequence = (firstSequence + e.packet) >>> 0;
            buffer.push(sequence, e.packet * buffer.frameMs, payload(sequence), e.at);
        } else if (turns() < count) {
            const frame = buffer.next();
            frames.push(frame);
            if (frame.kind !== 'silence') atFrame((frame.sequence - firstSequence) >>> 0);
        }
    }
    return frames;
}

const sequences = (frames: Frame[]) => frames.flatMap((f) => (f.kind === 'silence' ? [] : [f.sequence]));

describe('live audio jitter buffer', () => {
    it('plays a steady stream in order with the smallest delay', () => {
        const buffer = new JitterBuffer({ frameMs: 5 });
        const frames = simulate(buffer, 400, (i) => i * 5 + 3);
        expect(sequences(frames)).toEqual(Array.from({ length: 400 }, (_, i) => i));
        expect(buffer.stats).toMatchObject({ lost: 0, underruns: 0, late: 0, skipped: 0 });
        expect(buffer.targetFrames).toBe(1);
    });

    it('puts packets that overtook each other back in order', () => {
        const buffer = new JitterBuffer({ frameMs: 5 });
        // Every pair swapped: 1 arrives before 0, 3 before 2, ...
        const frames = simulate(buffer, 400, (i) => (i % 2 === 0 ? i * 5 + 9 : i * 5 + 1));
        expect(sequences(frames)).toEqual(Array.from({ length: 400 }, (_, i) => i));
        expect(buffer.stats.reordered).toBeGreaterThan(150);
        expect(buffer.stats.lost).toBe(0);
        expect(buffer.stats.late).toBe(0);
    });

    it('conceals a lost packet in its place, offering the next one for FEC', () => {
        const buffer = new JitterBuffer({ frameMs: 5 });
        const frames = simulate(buffer, 100, (i) => (i === 50 ? null : i * 5 + 2));
        const played = frames.filter((f) => f.kind !== 'silence');
        expect(sequences(played)).toEqual(Array.from({ length: 100 }, (_, i) => i));
        const lost = played[50];
        expect(lost.kind).toBe('lost');
        if (lost.kind === 'lost') expect(lost.next).toEqual(payload(51));
        expect(buffer.stats.lost).toBe(1);
    });

    it('ignores duplicates and packets that come after their turn', () => {
        const buffer = new JitterBuffer({ frameMs: 10 });
        buffer.push(0, 0, payload(0), 0);
        buffer.push(0, 0, payload(0), 1);
        expect(buffer.stats.duplicates).toBe(1);
        expect(buffer.next()).toMatchObject({ kind: 'packet', sequence: 0 });
        buffer.push(2, 20, payload(2), 21);
        expect(buffer.next()).toMatchObject({ kind: 'lost', sequence: 1 });
        buffer.push(1, 10, payload(1), 30); // too late: 1 was concealed already
        expect(buffer.stats.late).toBe(1);
        expect(buffer.next()).toMatchObject({ kind: 'packet', sequence: 2 });
    });

    it('grows through bursts and shrinks back when the network calms down', () => {
        const buffer = new JitterBuffer({ frameMs: 5, window: 400 });
        // Every 200 ms the network holds packets back for 60 ms and then delivers them at once;
        // from packet 4000 on it is calm.
        const arrival = (i: number) => {
            const t = i * 5;
            const phase = t % 200;
            return i < 4000 && phase < 60 ? t - phase + 60 : t + 1;
        };
        let grown = 0;
        let underrunsLearning = 0;
        let underrunsGrown = 0;
        const frames = simulate(buffer, 6000, arrival, 0, (i) => {
            if (i === 2000) {
                grown = buffer.targetFrames;
                underrunsLearning = buffer.stats.underruns;
            }
            if (i === 3999) underrunsGrown = buffer.stats.underruns;
        });
        expect(grown * 5).toBeGreaterThanOrEqual(60);
        // Once grown, the bursts no longer empty it: underruns only while it was learning.
        expect(underrunsGrown).toBe(underrunsLearning);
        expect(sequences(frames).slice(2000, 4000)).toEqual(Array.from({ length: 2000 }, (_, i) => 2000 + i));
        // On the calm network the target and the delay came back down.
        expect(buffer.targetFrames).toBeLessThanOrEqual(2);
        expect(buffer.stats.skipped).toBeGreaterThan(0);
        expect(buffer.stats.lost).toBe(0);
    });

    it('keeps underruns near the target rate on a jittery network, with less delay than the worst case', () => {
        const buffer = new JitterBuffer({ frameMs: 2.5, targetUnderrunRate: 0.01 });
        const next = random(42);
        // Mostly 1-4 ms of transit, now and then (5 %) up to 30 ms more.
        const jitter = (i: number) => i * 2.5 + 1 + next() * 3 + (next() < 0.05 ? next() * 30 : 0);
        const arrivals = Array.from({ length: 40000 }, (_, i) => jitter(i));
        simulate(buffer, 40000, (i) => arrivals[i]);
        const rate = buffer.stats.underruns / 40000;
        expect(rate).toBeLessThan(0.02);
        const worst = Math.max(...arrivals.map((a, i) => a - i * 2.5));
        expect(buffer.targetFrames * 2.5).toBeLessThan(worst);
        expect(buffer.stats.played + buffer.stats.lost + buffer.stats.skipped).toBeGreaterThan(39000);
    });

    it('follows sequence numbers across their wrap at 2^32', () => {
        const buffer = new JitterBuffer({ frameMs: 5 });
        const first = 0xffffffff - 9;
        const frames = simulate(buffer, 20, (i) => i * 5 + 1, first);
        expect(sequences(frames)).toEqual(Array.from({ length: 20 }, (_, i) => (first + i) >>> 0));
        expect(buffer.stats.lost).toBe(0);
    });
});

describe('live audio packet', () => {
    const header = (version = 1, channels = 2, frame = 240, sequence = 7, micros = 1_500_000n) => {
        const bytes = new Uint8Array(20);
        const view = new DataView(bytes.buffer);
        view.setUint8(0, version);
        view.setUint8(1, channels);
        view.setUint16(2, frame);
        view.setUint32(4, sequence);
        view.setBigUint64(8, micros);
        bytes.set([0xfc, 1, 2, 3], 16);
        return bytes;
    };

    it('reads the header the studio writes', () => {
        const packet = parsePacket(header());
        expect(packet).toMatchObject({ channels: 2, frameSamples: 240, sequence: 7, captureMs: 1500 });
        if (!('error' in packet)) expect(Array.from(packet.payload)).toEqual([0xfc, 1, 2, 3]);
    });

    it('refuses what is not a packet, saying why', () => {
        expect(parsePacket(new Uint8Array(16))).toEqual({ error: 'too short (16 bytes)' });
        expect(parsePacket(header(2))).toEqual({ error: 'version 2' });
        expect(parsePacket(header(1, 3))).toEqual({ error: '3 channels' });
        expect(parsePacket(header(1, 2, 100))).toEqual({ error: 'frame of 100 samples' });
        expect(parsePacket(new Uint8Array(2000))).toEqual({ error: 'too long (2000 bytes)' });
    });
});
