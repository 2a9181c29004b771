// Shown when the studio computer doesn't answer at all (not on its Wi-Fi, Oscalis closed, or the
// page was started from the offline copy): says so in plain words and keeps trying.

import type { View } from '../app/AppContext';
import { Backoff } from '../live/Backoff';
import { t } from '../i18n';
import { h } from '../util/dom';

export class OfflineView implements View {
    readonly el: HTMLElement;
    readonly title: string;
    private timer: ReturnType<typeof setTimeout> | null = null;
    private countdown: ReturnType<typeof setInterval> | null = null;
    private readonly backoff = new Backoff({ initialMs: 3000, maxMs: 30_000, jitter: 0.2 });
    private readonly status = h('p', { class: 'muted', attrs: { role: 'status' } });
    private readonly retryButton: HTMLButtonElement;

    /** retry: tries to reach the server again; resolves false when it still can't. */
    constructor(private readonly retry: () => Promise<boolean>) {
        this.title = t('offline.title');
        this.retryButton = h('button', { class: 'button primary', attrs: { type: 'button' }, on: { click: () => void this.attempt() } }, t('offline.retry'));
        this.el = h('section', { class: 'offline' },
            h('div', { class: 'offline-card' },
                h('img', { attrs: { src: '/icon.svg', alt: '', width: 56, height: 56 } }),
                h('h1', { attrs: { tabindex: -1 } }, t('offline.title')),
                h('p', null, t('offline.explain')),
                h('ul', { class: 'offline-checks' },
                    h('li', null, t('offline.checkWifi')),
                    h('li', null, t('offline.checkRunning')),
                    h('li', null, t('offline.checkAddress')),
                ),
                this.retryButton,
                this.status,
            ),
        );
        window.addEventListener('online', this.onOnline);
        this.schedule();
    }

    destroy(): void {
        window.removeEventListener('online', this.onOnline);
        this.clearTimers();
    }

    private readonly onOnline = () => void this.attempt();

    private async attempt(): Promise<void> {
        this.clearTimers();
        this.retryButton.disabled = true;
        this.status.textContent = t('offline.trying');
        const ok = await this.retry();
        if (ok) return;
        this.retryButton.disabled = false;
        this.schedule();
    }

    private schedule(): void {
        const delay = this.backoff.next();
        let left = Math.ceil(delay / 1000);
        this.status.textContent = t('offline.nextTry', { seconds: left });
        this.countdown = setInterval(() => {
            left = Math.max(0, left - 1);
            // Only the visible text ticks; the live region is updated once per attempt, not per second.
            this.status.setAttribute('aria-live', 'off');
            this.status.textContent = t('offline.nextTry', { seconds: left });
        }, 1000);
        this.timer = setTimeout(() => void this.attempt(), delay);
    }

    private clearTimers(): void {
        if (this.timer) clearTimeout(this.timer);
        if (this.countdown) clearInterval(this.countdown);
        this.timer = null;
        this.countdown = null;
        this.status.removeAttribute('aria-live');
    }
}
