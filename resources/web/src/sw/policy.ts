// What the service worker does with a request. Kept apart from sw.ts so a test can check the rule
// that matters most: the API, the WebSocket and the calendar feed are never served from a cache.

export type CachePolicy = 'network' | 'navigation' | 'shell';

export function cachePolicy(url: URL, ownOrigin: string, mode: RequestMode | string, method = 'GET'): CachePolicy {
    if (method !== 'GET' || url.origin !== ownOrigin) return 'network';
    const path = url.pathname;
    if (path === '/api' || path.startsWith('/api/') || path === '/ws' || path.startsWith('/ws/') || path.startsWith('/calendar/')) {
        return 'network';
    }
    if (mode === 'navigate') return 'navigation';
    return 'shell';
}
