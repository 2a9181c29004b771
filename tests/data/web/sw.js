// Service worker stand-in for the web server's tests.
self.addEventListener('install', () => self.skipWaiting());
