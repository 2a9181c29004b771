// The live audio packet of docs/AUDIO.md ("Packet format"): a 16-byte header in network byte
// order, then one Opus packet. The studio's binary WebSocket frames carry exactly this.

export const PACKET_VERSION = 1;
export const HEADER_BYTES = 16;
export const MAX_PAYLOAD_BYTES = 1275;
export const FRAME_SAMPLES = [120, 240, 480, 960] as const;

export interface AudioPacket {
    channels: 1 | 2;
    /** Samples per channel at 48 kHz: 120, 240, 480 or 960 (2.5 to 20 ms). */
    frameSamples: number;
    /** +1 per frame, wraps at 2^32. */
    sequence: number;
    /** Capture time on the studio's steady clock, in milliseconds (an arbitrary origin). */
    captureMs: number;
    payload: Uint8Array;
}

/** The packet in bytes, or the reason it is not one. */
export function parsePacket(bytes: Uint8Array): AudioPacket | { error: string } {
    if (bytes.length < HEADER_BYTES + 1) return { error: `too short (${bytes.length} bytes)` };
    if (bytes.length > HEADER_BYTES + MAX_PAYLOAD_BYTES) return { error: `too long (${bytes.length} bytes)` };
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = view.getUint8(0);
    if (version !== PACKET_VERSION) return { error: `version ${version}` };
    const channels = view.getUint8(1);
    if (channels !== 1 && channels !== 2) return { error: `${channels} channels` };
    const frameSamples = view.getUint16(2);
    if (!(FRAME_SAMPLES as readonly number[]).includes(frameSamples)) {
        return { error: `frame of ${frameSamples} samples` };
    }
    const micros = view.getBigUint64(8);
    return {
        channels,
        frameSamples,
        sequence: view.getUint32(4),
        captureMs: Number(micros) / 1000,
        payload: bytes.subarray(HEADER_BYTES),
    };
}

/** a - b for sequence numbers that wrap at 2^32: negative when a comes before b. */
export function sequenceDiff(a: number, b: number): number {
    return ((a - b) | 0);
}
