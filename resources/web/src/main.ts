import './styles.css';
import { App } from './app/App';
import { initLanguage } from './i18n';

initLanguage();
const root = document.getElementById('app');
if (root) new App(root).start();

// The service worker keeps the app shell for starting without the studio computer; browsers
// refuse it over an untrusted certificate, which only costs the offline start.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
    window.addEventListener('load', () => {
        navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
    });
}
