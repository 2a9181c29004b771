/**
 * A random id for an outgoing chat message, so the server can tell a re-sent message from a new
 * one. crypto.randomUUID exists only in secure contexts (HTTPS, localhost); plain-HTTP pages on a
 * LAN address fall back to getRandomValues, which is available everywhere.
 */
export function newClientId(cryptoImpl: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = crypto): string {
    if (typeof cryptoImpl.randomUUID === 'function') {
        try {
            return cryptoImpl.randomUUID();
        } catch {
            // Not a secure context: fall through.
        }
    }
    const bytes = cryptoImpl.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
