// The frame around the signed-in views: header with the band and the connection state, the main
// area, the section tabs (bottom on phones, side on wide screens), and the live regions.

import { t } from '../i18n';
import type { ConnectionState, LiveSession } from '../live/LiveSession';
import { h, replaceChildren } from '../util/dom';
import { fillUnreadBadge } from '../views/badge';
import { icon, type IconName } from '../views/icons';
import type { Route } from './router';

type Section = 'chat' | 'band' | 'remote';

export class Shell {
    readonly el: HTMLElement;
    readonly main = h('main', { attrs: { id: 'main', tabindex: -1 } });
    private readonly connection = h('p', { class: 'conn', attrs: { role: 'status' } });
    private readonly announcer = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite', 'aria-atomic': 'false' } });
    private readonly toasts = h('div', { class: 'toasts', attrs: { role: 'status', 'aria-live': 'polite' } });
    private readonly tabs: Record<Section, HTMLAnchorElement>;
    private readonly chatBadge = h('span', { class: 'badge', attrs: { hidden: true } });
    private readonly unsubscribe: (() => void)[] = [];

    constructor(private readonly session: LiveSession, bandName: string, displayName: string) {
        this.tabs = {
            chat: this.tab('#/chat', 'chat', t('nav.chat'), this.chatBadge),
            band: this.tab('#/band/songs', 'band', t('nav.band')),
            remote: this.tab('#/remote', 'remote', t('nav.remote')),
        };
        const initial = (displayName.trim()[0] ?? '?').toUpperCase();
        this.el = h('div', { class: 'shell' },
            h('header', { class: 'topbar' },
                h('div', { class: 'brand' },
                    h('img', { attrs: { src: '/icon.svg', alt: '', width: 28, height: 28 } }),
                    h('span', { class: 'brand-band' }, bandName),
                ),
                this.connection,
                h('a', { class: 'account-button', attrs: { href: '#/account', 'aria-label': t('nav.account', { name: displayName }) } },
                    h('span', { attrs: { 'aria-hidden': 'true' } }, initial)),
            ),
            this.main,
            h('nav', { class: 'tabs', attrs: { 'aria-label': t('nav.sections') } }, Object.values(this.tabs)),
            this.announcer,
            this.toasts,
        );
        this.unsubscribe.push(
            session.on('state', (state) => this.showConnection(state)),
            session.on('rooms', () => this.showUnread()),
            session.on('notice', (text) => this.notify(text)),
        );
        this.showConnection(session.state);
        this.showUnread();
    }

    destroy(): void {
        for (const off of this.unsubscribe) off();
    }

    setView(view: HTMLElement, route: Route): void {
        replaceChildren(this.main, view);
        const section: Section = route.name === 'account' ? 'chat' : route.name;
        for (const [name, tab] of Object.entries(this.tabs)) {
            if (name === section && route.name !== 'account') tab.setAttribute('aria-current', 'page');
            else tab.removeAttribute('aria-current');
        }
        this.el.dataset.section = route.name;
    }

    announce(text: string): void {
        // A fresh node each time, so repeating the same words is still read out.
        replaceChildren(this.announcer, h('p', null, text));
    }

    notify(text: string): void {
        const toast = h('p', { class: 'toast' }, text);
        this.toasts.appendChild(toast);
        setTimeout(() => toast.remove(), 6000);
    }

    private tab(href: string, name: IconName, label: string, badge?: HTMLElement): HTMLAnchorElement {
        return h('a', { class: 'tab', attrs: { href } },
            icon(name),
            h('span', { class: 'tab-label' }, label),
            badge ?? null,
        );
    }

    private showConnection(state: ConnectionState): void {
        const words: Record<ConnectionState, string> = {
            connecting: t('conn.connecting'),
            online: t('conn.online'),
            reconnecting: t('conn.reconnecting'),
            unreachable: t('conn.unreachable'),
            stopped: t('conn.stopped'),
        };
        this.connection.textContent = words[state];
        this.connection.dataset.state = state;
    }

    private showUnread(): void {
        let unread = 0;
        for (const room of this.session.rooms.values()) unread += room.unread;
        fillUnreadBadge(this.chatBadge, unread);
    }
}
