// Upcoming rehearsals and gigs with a yes / maybe / no answer each, and the member's private
// calendar address (ICS) to subscribe to from a phone's calendar app.

import { answers, type Answer, type BandEvent } from '../../api/types';
import type { AppContext } from '../../app/AppContext';
import { locale, t, type MessageKey } from '../../i18n';
import { addDays, localDay, parseServerDate } from '../../util/format';
import { h, replaceChildren, replaceKeepingFocus, uid } from '../../util/dom';
import type { Panel } from '../BandView';
import { runFromButton } from '../forms';
import { Loader } from '../Loader';

const horizonDays = 90;
const answerWords: Record<Answer, MessageKey> = { yes: 'calendar.yes', maybe: 'calendar.maybe', no: 'calendar.no' };

export class CalendarPanel implements Panel {
    readonly el: HTMLElement;
    private readonly results = h('div', { class: 'results' });
    private readonly loader: Loader<BandEvent[]>;

    constructor(private readonly ctx: AppContext) {
        this.el = h('div', { class: 'panel' },
            h('h2', null, t('calendar.upcoming')),
            this.results,
            this.feedBox(),
        );
        const today = new Date();
        this.loader = new Loader(this.results,
            () => ctx.api.events(ctx.band.id, localDay(today), localDay(addDays(today, horizonDays))),
            (events) => this.renderEvents(events));
        this.loader.load();
    }

    destroy(): void {
        this.loader.cancel();
    }

    private renderEvents(events: BandEvent[]): Node {
        if (events.length === 0) return h('p', { class: 'muted' }, t('calendar.none'));
        const sorted = [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        return h('ul', { class: 'cards' }, sorted.map((e) => this.eventItem(e)));
    }

    private eventItem(event: BandEvent): HTMLLIElement {
        const start = parseServerDate(event.startsAt);
        const end = start && event.durationMin ? new Date(start.getTime() + event.durationMin * 60_000) : null;
        const dateText = start
            ? new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(start)
            : event.startsAt;
        const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' });
        const timeText = start ? (end ? `${time.format(start)} – ${time.format(end)}` : time.format(start)) : '';
        const replyBy = parseServerDate(event.replyBy);
        const groupLabel = t('calendar.yourAnswer', { title: event.title });
        const item: HTMLLIElement = h('li', { class: 'card event' },
            h('h3', null, event.title),
            h('p', { class: 'event-when' },
                start ? h('time', { attrs: { datetime: event.startsAt } }, dateText) : dateText,
                timeText ? ` · ${timeText}` : ''),
            event.place ? h('p', { class: 'muted' }, event.place) : null,
            replyBy ? h('p', { class: 'small muted' }, t('calendar.replyBy', {
                date: new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long' }).format(replyBy),
            })) : null,
            h('p', { class: 'small' }, t('calendar.counts', { yes: event.yes, maybe: event.maybe, no: event.no })),
            h('div', { class: 'answer-group', attrs: { role: 'group', 'aria-label': groupLabel } },
                answers.map((answer) => h('button', {
                    class: `button answer answer-${answer}`,
                    attrs: { type: 'button', 'aria-pressed': String(event.myAnswer === answer), 'data-focus-key': `answer-${answer}` },
                    on: { click: (e: MouseEvent) => this.answer(event, answer, item, e.currentTarget as HTMLButtonElement) },
                }, t(answerWords[answer]))),
            ),
        );
        return item;
    }

    private answer(event: BandEvent, answer: Answer, item: HTMLLIElement, button: HTMLButtonElement): void {
        if (event.myAnswer === answer) return;
        runFromButton(this.ctx, button, () => this.ctx.api.answer(event.id, answer), (updated) => {
            replaceKeepingFocus(item, this.eventItem(updated));
            this.ctx.announce(t('calendar.answered', { title: event.title, answer: t(answerWords[answer]) }));
        });
    }

    private feedBox(): HTMLElement {
        const body = h('div', { class: 'feed-body' });
        const show = h('button', { class: 'button', attrs: { type: 'button' } }, t('calendar.showFeed'));
        show.addEventListener('click', () => {
            runFromButton(this.ctx, show, () => this.ctx.api.calendarFeed(this.ctx.band.id),
                (feed) => replaceChildren(body, this.feedLink(feed.url)));
        });
        replaceChildren(body, show);
        return h('section', { class: 'feed card', attrs: { 'aria-labelledby': 'feed-heading' } },
            h('h2', { attrs: { id: 'feed-heading' } }, t('calendar.subscribe')),
            h('p', { class: 'muted' }, t('calendar.subscribeExplain')),
            body,
        );
    }

    private feedLink(url: string): Node[] {
        const id = uid('feed');
        const input = h('input', { attrs: { id, type: 'text', readonly: true, value: url, spellcheck: 'false' } });
        const status = h('p', { class: 'small', attrs: { role: 'status' } });
        const copy = h('button', { class: 'button primary', attrs: { type: 'button' } }, t('calendar.copy'));
        copy.addEventListener('click', () => {
            void copyText(url, input).then((ok) => {
                status.textContent = ok ? t('calendar.copied') : t('calendar.copyByHand');
            });
        });
        input.addEventListener('focus', () => input.select());
        return [
            h('div', { class: 'field' }, h('label', { attrs: { for: id } }, t('calendar.feedAddress')), h('div', { class: 'inline-row' }, input, copy)),
            status,
            h('p', { class: 'small warn' }, t('calendar.keepPrivate')),
        ];
    }
}

/** The clipboard API needs a secure context; on plain HTTP fall back to selecting and copying. */
async function copyText(text: string, input: HTMLInputElement): Promise<boolean> {
    try {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(text);
            return true;
        }
    } catch {
        // Fall back below.
    }
    input.focus();
    input.select();
    try {
        return document.execCommand('copy');
    } catch {
        return false;
    }
}
