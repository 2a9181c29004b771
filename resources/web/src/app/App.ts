// The composition root of the browser client: finds out whether we're signed in, shows sign-in,
// the offline screen or the signed-in shell, starts the live session and switches views by route.

import { ApiClient } from '../api/ApiClient';
import { ApiError } from '../api/ApiError';
import type { BandRef, Me, Member } from '../api/types';
import { onLanguageChange, t } from '../i18n';
import { LiveSession } from '../live/LiveSession';
import { h, replaceChildren } from '../util/dom';
import { AccountView } from '../views/AccountView';
import { BandView } from '../views/BandView';
import { ChatView } from '../views/ChatView';
import { OfflineView } from '../views/OfflineView';
import { RemoteView } from '../views/RemoteView';
import { SignInView } from '../views/SignInView';
import type { AppContext, View } from './AppContext';
import { parseRoute, type Route } from './router';
import { Shell } from './Shell';

type Screen = 'loading' | 'signIn' | 'offline' | 'noBand' | 'app';

export class App {
    private readonly api = new ApiClient();
    private screen: Screen = 'loading';
    private me: Me | null = null;
    private band: BandRef | null = null;
    private session: LiveSession | null = null;
    private shell: Shell | null = null;
    private view: View | null = null;
    private members: Member[] = [];
    private readonly memberListeners = new Set<() => void>();
    private inviteCode: string | null;
    private signInNotice: string | null = null;

    constructor(private readonly root: HTMLElement) {
        this.inviteCode = new URLSearchParams(location.search).get('invite');
    }

    start(): void {
        window.addEventListener('hashchange', () => this.showRoute(true));
        window.addEventListener('online', () => this.session?.retryNow());
        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'visible') this.session?.retryNow();
        });
        onLanguageChange(() => this.redraw());
        this.showLoading();
        void this.checkSession();
    }

    /** Asks the server who we are; false when it can't be reached. */
    private async checkSession(): Promise<boolean> {
        try {
            this.enter(await this.api.me());
            return true;
        } catch (e) {
            if (e instanceof ApiError && e.status === 401) {
                this.showSignIn();
                return true;
            }
            if (this.screen !== 'offline') this.showOffline();
            return false;
        }
    }

    private showLoading(): void {
        this.screen = 'loading';
        replaceChildren(this.root, h('p', { class: 'loading', attrs: { role: 'status' } }, t('common.loading')));
    }

    private showSignIn(notice: string | null = this.signInNotice): void {
        this.leaveApp();
        this.screen = 'signIn';
        this.signInNotice = notice;
        this.mountScreen(new SignInView({
            api: this.api,
            inviteCode: this.inviteCode,
            notice,
            onSignedIn: (me) => {
                this.signInNotice = null;
                this.enter(me);
            },
        }));
    }

    private showOffline(): void {
        this.leaveApp();
        this.screen = 'offline';
        this.mountScreen(new OfflineView(() => this.checkSession()));
    }

    private mountScreen(view: View): void {
        this.view?.destroy();
        this.view = view;
        replaceChildren(this.root, view.el);
        document.title = `${view.title} · Oscalis`;
    }

    /** Signed in: pick the band, start the live session, show the shell and the route's view. */
    private enter(me: Me): void {
        this.leaveApp();
        this.me = me;
        if (this.inviteCode) {
            // The invite is used (or not needed: already signed in); don't offer it again on reload.
            this.inviteCode = null;
            history.replaceState(null, '', location.pathname + location.hash);
        }
        const band = this.pickBand(me);
        if (!band) {
            this.showNoBand(me);
            return;
        }
        this.band = band;
        const session = new LiveSession(band.id, me.user, me.permissions, () => this.probe());
        session.on('signedOut', () => this.showSignIn(t('signin.sessionEnded')));
        this.session = session;
        this.screen = 'app';
        this.members = [];
        this.buildShell();
        session.start();
        void this.loadMembers();
    }

    private buildShell(): void {
        if (!this.session || !this.me || !this.band) return;
        this.shell?.destroy();
        this.shell = new Shell(this.session, this.band.name, this.me.user.displayName);
        replaceChildren(this.root, this.shell.el);
        this.showRoute(false);
    }

    private leaveApp(): void {
        this.view?.destroy();
        this.view = null;
        this.shell?.destroy();
        this.shell = null;
        this.session?.stop();
        this.session = null;
    }

    private pickBand(me: Me): BandRef | null {
        const saved = Number(readStorage(`oscalis.band.${me.user.id}`));
        return me.bands.find((b) => b.id === saved)
            ?? me.bands.find((b) => b.id === me.currentBandId)
            ?? me.bands[0]
            ?? null;
    }

    private showNoBand(me: Me): void {
        this.screen = 'noBand';
        const view: View = {
            title: t('noBand.title'),
            el: h('section', { class: 'offline' },
                h('div', { class: 'offline-card' },
                    h('h1', { attrs: { tabindex: -1 } }, t('noBand.title')),
                    h('p', null, t('noBand.explain', { name: me.user.displayName })),
                    h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => void this.signOut() } }, t('account.logout')),
                ),
            ),
            destroy() {},
        };
        this.mountScreen(view);
    }

    private async probe(): Promise<'ok' | 'signedOut' | 'unreachable'> {
        try {
            const me = await this.api.me();
            if (this.band && !me.bands.some((b) => b.id === this.band?.id)) {
                // No longer in this band (the socket is refused): start again with what's left.
                this.enter(me);
            }
            return 'ok';
        } catch (e) {
            if (e instanceof ApiError && e.status === 401) return 'signedOut';
            return e instanceof ApiError && e.unreachable ? 'unreachable' : 'ok';
        }
    }

    private async loadMembers(): Promise<void> {
        const band = this.band;
        if (!band) return;
        try {
            const members = await this.api.members(band.id);
            if (this.band !== band) return;
            this.members = members;
            for (const listener of [...this.memberListeners]) listener();
        } catch {
            // Names then come from presence and messages; the list is tried again on the next sign-in.
        }
    }

    private context(): AppContext | null {
        if (!this.session || !this.me || !this.band || !this.shell) return null;
        const shell = this.shell;
        return {
            api: this.api,
            me: this.me,
            band: this.band,
            session: this.session,
            members: () => this.members,
            onMembers: (listener) => {
                this.memberListeners.add(listener);
                return () => this.memberListeners.delete(listener);
            },
            navigate: (hash) => {
                if (location.hash === hash) this.showRoute(true);
                else location.hash = hash;
            },
            announce: (text) => shell.announce(text),
            notify: (text) => shell.notify(text),
            signOut: () => this.signOut(),
            switchBand: (bandId) => this.switchBand(bandId),
        };
    }

    private showRoute(moveFocus: boolean): void {
        if (this.screen !== 'app' || !this.shell) return;
        const context = this.context();
        if (!context) return;
        const route = parseRoute(location.hash);
        this.view?.destroy();
        this.view = this.createView(route, context);
        this.shell.setView(this.view.el, route);
        document.title = `${this.view.title} · Oscalis`;
        if (moveFocus) {
            const el = this.view.el;
            (el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector<HTMLElement>('h1[tabindex], h2[tabindex]'))?.focus();
        }
    }

    private createView(route: Route, context: AppContext): View {
        switch (route.name) {
            case 'chat': return new ChatView(context, route.roomId);
            case 'band': return new BandView(context, route.tab, route.gigId);
            case 'remote': return new RemoteView(context);
            case 'account': return new AccountView(context);
        }
    }

    private redraw(): void {
        switch (this.screen) {
            case 'app': this.buildShell(); break;
            case 'signIn': this.showSignIn(); break;
            case 'offline': this.showOffline(); break;
            case 'noBand': if (this.me) this.showNoBand(this.me); break;
            case 'loading': this.showLoading(); break;
        }
    }

    private async signOut(): Promise<void> {
        try {
            await this.api.logout();
        } catch {
            // Gone already, or unreachable: locally we're signed out either way.
        }
        this.me = null;
        this.band = null;
        this.showSignIn(t('signin.signedOut'));
    }

    private switchBand(bandId: number): void {
        if (!this.me || this.band?.id === bandId) return;
        writeStorage(`oscalis.band.${this.me.user.id}`, String(bandId));
        const me = this.me;
        location.hash = '#/chat';
        this.enter(me);
    }
}

function readStorage(key: string): string | null {
    try {
        return localStorage.getItem(key);
    } catch {
        return null;
    }
}

function writeStorage(key: string, value: string): void {
    try {
        localStorage.setItem(key, value);
    } catch {
        // The choice lasts for this visit only.
    }
}
