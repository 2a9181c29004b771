// Gigs, next one first; one gig's setlist with each song's duration, breaks and running time.

import type { Gig, GigSummary, SetlistItem } from '../../api/types';
import type { AppContext } from '../../app/AppContext';
import { locale, t } from '../../i18n';
import { formatDuration, formatTotal, parseServerDate } from '../../util/format';
import { h } from '../../util/dom';
import type { Panel } from '../BandView';
import { Loader } from '../Loader';

export class GigsPanel implements Panel {
    readonly el: HTMLElement;
    private readonly loader: Loader<GigSummary[]> | Loader<Gig>;

    constructor(ctx: AppContext, gigId: number | null) {
        const results = h('div', { class: 'results' });
        if (gigId === null) {
            this.el = h('div', { class: 'panel' }, h('h2', null, t('band.gigs')), results);
            this.loader = new Loader(results, () => ctx.api.gigs(ctx.band.id), (gigs) => renderGigs(gigs));
        } else {
            this.el = h('div', { class: 'panel' },
                h('a', { class: 'back-link', attrs: { href: '#/band/gigs' } }, h('span', { attrs: { 'aria-hidden': 'true' } }, '‹'), t('gigs.back')),
                results);
            this.loader = new Loader(results, () => ctx.api.gig(gigId), (gig) => renderGig(gig));
        }
        this.loader.load();
    }

    destroy(): void {
        this.loader.cancel();
    }
}

function gigDate(date: string): string {
    const day = parseServerDate(date);
    return day ? new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(day) : date;
}

function renderGigs(gigs: GigSummary[]): Node {
    if (gigs.length === 0) return h('p', { class: 'muted' }, t('gigs.none'));
    return h('ul', { class: 'cards' }, gigs.map((gig) => h('li', { class: 'card gig' },
        h('a', { class: 'card-link', attrs: { href: `#/band/gigs/${gig.id}` } },
            h('h3', null, gig.title),
            h('p', null, h('time', { attrs: { datetime: gig.date } }, gigDate(gig.date)), gig.venue ? ` · ${gig.venue}` : ''),
            h('p', { class: 'small muted' }, t('gigs.total', { total: formatTotal(gig.totalSecs) })),
        ),
    )));
}

/** A row is a break when it has no song and some minutes of break. */
function isBreak(item: SetlistItem): boolean {
    return item.songId === null && (item.breakMinutes ?? 0) > 0;
}

function renderGig(gig: Gig): Node[] {
    let elapsed = 0;
    // Songs are numbered 1, 2, 3… as on the studio computer's setlist; breaks get no number.
    let songNumber = 0;
    const rows = [...gig.items].sort((a, b) => a.position - b.position).map((item) => {
        const startsAt = elapsed;
        if (isBreak(item)) {
            elapsed += (item.breakMinutes ?? 0) * 60;
            return h('tr', { class: 'setlist-break' },
                h('td', { class: 'num' }),
                h('td', null, item.title || t('gigs.break'), item.note ? h('span', { class: 'setlist-note' }, item.note) : null),
                h('td', { class: 'num' }, t('gigs.breakMinutes', { minutes: item.breakMinutes ?? 0 })),
                h('td', { class: 'num muted' }, formatDuration(startsAt)),
            );
        }
        elapsed += item.durationSecs ?? 0;
        const breakAfter = item.breakMinutes ?? 0;
        songNumber += 1;
        const row = h('tr', null,
            h('td', { class: 'num' }, String(songNumber)),
            h('td', null, item.title ?? '', item.note ? h('span', { class: 'setlist-note' }, item.note) : null,
                breakAfter > 0 ? h('span', { class: 'setlist-note' }, t('gigs.breakAfter', { minutes: breakAfter })) : null),
            h('td', { class: 'num' }, formatDuration(item.durationSecs)),
            h('td', { class: 'num muted' }, formatDuration(startsAt)),
        );
        elapsed += breakAfter * 60;
        return row;
    });
    return [
        h('h2', { attrs: { tabindex: -1 } }, gig.title),
        h('p', null, h('time', { attrs: { datetime: gig.date } }, gigDate(gig.date)), gig.venue ? ` · ${gig.venue}` : ''),
        gig.items.length === 0
            ? h('p', { class: 'muted' }, t('gigs.emptySetlist'))
            : h('div', { class: 'table-wrap' }, h('table', { class: 'setlist' },
                h('caption', { class: 'sr-only' }, t('gigs.setlistOf', { title: gig.title })),
                h('thead', null, h('tr', null,
                    h('th', { class: 'num', attrs: { scope: 'col' } }, h('abbr', { attrs: { title: t('gigs.position') } }, '#')),
                    h('th', { attrs: { scope: 'col' } }, t('gigs.song')),
                    h('th', { class: 'num', attrs: { scope: 'col' } }, t('gigs.duration')),
                    h('th', { class: 'num', attrs: { scope: 'col' } }, t('gigs.startsAt')),
                )),
                h('tbody', null, rows),
                h('tfoot', null, h('tr', null,
                    h('td'),
                    h('th', { attrs: { scope: 'row' } }, t('gigs.totalLabel')),
                    h('td', { class: 'num' }, formatDuration(gig.totalSecs ?? elapsed)),
                    h('td'),
                )),
            )),
    ];
}
