// The band's pages: songs, suggestions, calendar and gigs, behind a row of sub-tabs.

import type { AppContext, View } from '../app/AppContext';
import { bandTabs, type BandTab } from '../app/router';
import { t, type MessageKey } from '../i18n';
import { h } from '../util/dom';
import { CalendarPanel } from './band/CalendarPanel';
import { GigsPanel } from './band/GigsPanel';
import { SongsPanel } from './band/SongsPanel';
import { SuggestionsPanel } from './band/SuggestionsPanel';

export interface Panel {
    readonly el: HTMLElement;
    destroy(): void;
}

const tabNames: Record<BandTab, MessageKey> = {
    songs: 'band.songs',
    suggestions: 'band.suggestions',
    calendar: 'band.calendar',
    gigs: 'band.gigs',
};

export class BandView implements View {
    readonly el: HTMLElement;
    readonly title: string;
    private readonly panel: Panel;

    constructor(ctx: AppContext, tab: BandTab, gigId: number | null) {
        this.title = t(tabNames[tab]);
        this.panel = this.createPanel(ctx, tab, gigId);
        this.el = h('section', { class: 'band' },
            h('h1', { class: 'sr-only', attrs: { tabindex: -1 } }, `${ctx.band.name} — ${t(tabNames[tab])}`),
            h('nav', { class: 'subtabs', attrs: { 'aria-label': t('band.pages') } },
                bandTabs.map((name) => h('a', {
                    class: 'subtab',
                    attrs: { href: `#/band/${name}`, 'aria-current': name === tab ? 'page' : null },
                }, t(tabNames[name]))),
            ),
            this.panel.el,
        );
    }

    destroy(): void {
        this.panel.destroy();
    }

    private createPanel(ctx: AppContext, tab: BandTab, gigId: number | null): Panel {
        switch (tab) {
            case 'songs': return new SongsPanel(ctx);
            case 'suggestions': return new SuggestionsPanel(ctx);
            case 'calendar': return new CalendarPanel(ctx);
            case 'gigs': return new GigsPanel(ctx, gigId);
        }
    }
}
