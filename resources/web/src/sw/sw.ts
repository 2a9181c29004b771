/// <reference lib="webworker" />
// The service worker: keeps the app shell (index, scripts, styles, icons) so the client starts
// even when the studio computer can't be reached, and then says so itself. Live data never comes
// from here: /api/, /ws and the calendar feed always go to the network (policy.ts).
//
// The build (vite.config.ts) replaces __OSCALIS_SHELL__ with the list of built files and
// __OSCALIS_VERSION__ with a hash of their contents, so each build gets its own cache.

import { cachePolicy } from './policy';

declare const self: ServiceWorkerGlobalScope;
declare const __OSCALIS_SHELL__: string[];
declare const __OSCALIS_VERSION__: string;

const prefix = 'oscalis-shell-';
const cacheName = prefix + __OSCALIS_VERSION__;

self.addEventListener('install', (event) => {
    event.waitUntil(
        caches.open(cacheName)
            .then((cache) => cache.addAll(__OSCALIS_SHELL__.map((path) => new Request(path, { cache: 'reload' }))))
            .then(() => self.skipWaiting()),
    );
});

self.addEventListener('activate', (event) => {
    event.waitUntil(
        caches.keys()
            .then((keys) => Promise.all(keys.filter((k) => k.startsWith(prefix) && k !== cacheName).map((k) => caches.delete(k))))
            .then(() => self.clients.claim()),
    );
});

self.addEventListener('fetch', (event) => {
    const request = event.request;
    const policy = cachePolicy(new URL(request.url), self.location.origin, request.mode, request.method);
    if (policy === 'network') return;
    if (policy === 'navigation') {
        // Fresh from the studio computer when it answers; the kept shell when it doesn't.
        event.respondWith(fetch(request).catch(async () => (await caches.match('/', { cacheName })) ?? Response.error()));
        return;
    }
    event.respondWith(caches.match(request, { cacheName }).then((hit) => hit ?? fetch(request)));
});
