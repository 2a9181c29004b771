import { describe, expect, it } from 'vitest';
import { cachePolicy } from '../src/sw/policy';

const origin = 'https://192.168.1.30:8443';
const policy = (path: string, mode = 'cors', method = 'GET') => cachePolicy(new URL(path, origin), origin, mode, method);

describe('service worker cache policy', () => {
    it('never answers the API, the WebSocket or the calendar feed from the cache', () => {
        expect(policy('/api/me')).toBe('network');
        expect(policy('/api/bands/3/songs?q=x')).toBe('network');
        expect(policy('/api')).toBe('network');
        expect(policy('/ws?band=3')).toBe('network');
        expect(policy('/calendar/abc.ics')).toBe('network');
        expect(policy('/api/login', 'cors', 'POST')).toBe('network');
    });

    it('serves page loads network first (shell as fallback) and app files from the shell', () => {
        expect(policy('/', 'navigate')).toBe('navigation');
        expect(policy('/?invite=ABC', 'navigate')).toBe('navigation');
        expect(policy('/assets/index-abc123.js')).toBe('shell');
        expect(policy('/manifest.webmanifest')).toBe('shell');
    });

    it('leaves other sites alone', () => {
        expect(cachePolicy(new URL('https://example.org/x.js'), origin, 'cors')).toBe('network');
    });
});
