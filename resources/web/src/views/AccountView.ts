// The account menu: who is signed in, which band, the language, the signed-in devices (each can
// be ended), and signing out.

import type { SessionInfo } from '../api/types';
import type { AppContext, View } from '../app/AppContext';
import { locale, t } from '../i18n';
import { h, uid } from '../util/dom';
import { parseServerDate } from '../util/format';
import { languageSelect, runFromButton } from './forms';
import { Loader } from './Loader';

export class AccountView implements View {
    readonly el: HTMLElement;
    readonly title: string;
    private readonly sessions = h('div', { class: 'results' });
    private readonly loader: Loader<SessionInfo[]>;

    constructor(private readonly ctx: AppContext) {
        this.title = t('account.title');
        const user = ctx.me.user;
        this.el = h('section', { class: 'account panel' },
            h('h1', { attrs: { tabindex: -1 } }, t('account.title')),
            h('div', { class: 'card' },
                h('p', { class: 'account-name' }, user.displayName),
                h('p', { class: 'muted' }, t('account.signedInAs', { username: user.username })),
                this.bandChoice(),
                languageSelect(),
                h('button', { class: 'button danger', attrs: { type: 'button' }, on: { click: () => void ctx.signOut() } }, t('account.logout')),
            ),
            h('h2', null, t('account.sessions')),
            h('p', { class: 'muted' }, t('account.sessionsExplain')),
            this.sessions,
        );
        this.loader = new Loader(this.sessions, () => ctx.api.sessions(), (list) => this.renderSessions(list));
        this.loader.load();
    }

    destroy(): void {
        this.loader.cancel();
    }

    private bandChoice(): HTMLElement {
        const bands = this.ctx.me.bands;
        if (bands.length <= 1) return h('p', null, t('account.band', { band: this.ctx.band.name }));
        const id = uid('band');
        const select = h('select', { attrs: { id }, on: { change: (e: Event) => this.ctx.switchBand(Number((e.target as HTMLSelectElement).value)) } },
            bands.map((b) => h('option', { attrs: { value: b.id, selected: b.id === this.ctx.band.id } }, b.name)));
        return h('div', { class: 'field field-inline' }, h('label', { attrs: { for: id } }, t('account.bandChoice')), select);
    }

    private renderSessions(list: SessionInfo[]): Node {
        const sorted = [...list].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeen.localeCompare(a.lastSeen));
        return h('ul', { class: 'cards' }, sorted.map((s) => this.sessionItem(s)));
    }

    private sessionItem(s: SessionInfo): HTMLLIElement {
        const device = s.device || t('account.unknownDevice');
        const end = h('button', {
            class: 'button',
            attrs: { type: 'button', 'aria-label': s.current ? t('account.endThisLabel') : t('account.endLabel', { device }) },
        }, s.current ? t('account.endThis') : t('account.end'));
        const item = h('li', { class: 'card session' },
            h('div', { class: 'card-main' },
                h('p', { class: 'session-device' }, device, s.current ? h('span', { class: 'tag' }, t('account.thisDevice')) : null),
                h('p', { class: 'small muted' }, t('account.since', { date: dateTime(s.createdAt) })),
                h('p', { class: 'small muted' }, t('account.lastSeen', { date: dateTime(s.lastSeen) })),
            ),
            end,
        );
        end.addEventListener('click', () => {
            if (s.current) {
                void this.ctx.signOut();
                return;
            }
            runFromButton(this.ctx, end, () => this.ctx.api.endSession(s.id), () => {
                item.remove();
                this.ctx.announce(t('account.ended', { device }));
            });
        });
        return item;
    }
}

function dateTime(iso: string): string {
    const date = parseServerDate(iso);
    return date
        ? new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date)
        : iso;
}
