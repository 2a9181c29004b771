// Song suggestions: vote for the ones you'd like to play, and suggest a new one.

import { ApiError, describeError } from '../../api/ApiError';
import type { Suggestion } from '../../api/types';
import type { AppContext } from '../../app/AppContext';
import { t, tn } from '../../i18n';
import { h, replaceChildren, replaceKeepingFocus, safeHttpUrl } from '../../util/dom';
import type { Panel } from '../BandView';
import { field, formError, runFromButton } from '../forms';
import { Loader } from '../Loader';

export class SuggestionsPanel implements Panel {
    readonly el: HTMLElement;
    private readonly results = h('div', { class: 'results' });
    private readonly loader: Loader<Suggestion[]>;
    private list: HTMLUListElement | null = null;

    constructor(private readonly ctx: AppContext) {
        this.el = h('div', { class: 'panel' },
            h('h2', null, t('band.suggestions')),
            this.addForm(),
            this.results,
        );
        this.loader = new Loader(this.results, () => ctx.api.suggestions(ctx.band.id), (items) => this.renderList(items));
        this.loader.load();
    }

    destroy(): void {
        this.loader.cancel();
    }

    private renderList(items: Suggestion[]): Node {
        if (items.length === 0) {
            this.list = null;
            return h('p', { class: 'muted' }, t('suggestions.none'));
        }
        const sorted = [...items].sort((a, b) => b.votes - a.votes || a.title.localeCompare(b.title));
        this.list = h('ul', { class: 'cards' }, sorted.map((s) => this.item(s)));
        return this.list;
    }

    private item(s: Suggestion): HTMLLIElement {
        const link = s.link ? safeHttpUrl(s.link) : null;
        const voteButton = h('button', {
            class: s.votedByMe ? 'button vote voted' : 'button vote',
            attrs: { type: 'button', 'aria-pressed': String(s.votedByMe), 'data-focus-key': 'vote', 'aria-label': t('suggestions.voteFor', { title: s.title }) },
        }, s.votedByMe ? t('suggestions.voted') : t('suggestions.vote'));
        const item = h('li', { class: 'card suggestion' },
            h('div', { class: 'card-main' },
                h('h3', null, s.title),
                s.artist ? h('p', { class: 'muted' }, s.artist) : null,
                h('p', { class: 'small muted' }, t('suggestions.by', { name: s.authorName })),
                s.note ? h('p', { class: 'pre' }, s.note) : null,
                link ? h('p', null, h('a', { attrs: { href: link, target: '_blank', rel: 'noopener noreferrer' } }, t('suggestions.listen'))) : s.link ? h('p', { class: 'small muted' }, s.link) : null,
                s.promotedSongId !== null && s.promotedSongId !== undefined ? h('p', { class: 'tag' }, t('suggestions.promoted')) : null,
            ),
            h('div', { class: 'card-side' },
                h('p', { class: 'votes' }, tn('suggestions.votes', s.votes)),
                voteButton,
            ),
        );
        voteButton.addEventListener('click', () => {
            runFromButton(this.ctx, voteButton, () => this.ctx.api.vote(s.id, !s.votedByMe),
                (updated) => replaceKeepingFocus(item, this.item(updated)));
        });
        return item;
    }

    private addForm(): HTMLElement {
        const title = field(t('suggestions.titleField'), { name: 'title', required: true, maxlength: 200, autocomplete: 'off' });
        const artist = field(t('suggestions.artistField'), { name: 'artist', maxlength: 200, autocomplete: 'off' });
        const link = field(t('suggestions.linkField'), { name: 'link', type: 'url', maxlength: 500, inputmode: 'url', autocomplete: 'off' }, t('suggestions.linkHint'));
        const note = field(t('suggestions.noteField'), { name: 'note', maxlength: 1000, autocomplete: 'off' });
        const error = formError();
        const submit = h('button', { class: 'button primary', attrs: { type: 'submit' } }, t('suggestions.add'));
        const fields = { title, artist, link, note };
        const details = h('details', { class: 'add-box' }, h('summary', null, t('suggestions.suggest')));
        const form = h('form', { class: 'stack', attrs: { novalidate: true } }, title.wrap, artist.wrap, link.wrap, note.wrap, error.el, submit);
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            error.set(null);
            for (const f of Object.values(fields)) f.setError(null);
            if (!title.input.value.trim()) {
                title.setError(t('signin.required'));
                title.input.focus();
                return;
            }
            const linkText = link.input.value.trim();
            if (linkText && !safeHttpUrl(linkText)) {
                link.setError(t('suggestions.badLink'));
                link.input.focus();
                return;
            }
            submit.disabled = true;
            this.ctx.api.addSuggestion(this.ctx.band.id, {
                title: title.input.value.trim(),
                artist: artist.input.value.trim(),
                link: linkText,
                note: note.input.value.trim(),
            }).then(
                (created) => {
                    submit.disabled = false;
                    form.reset();
                    details.open = false;
                    this.ctx.announce(t('suggestions.added', { title: created.title }));
                    if (this.list) this.list.prepend(this.item(created));
                    else replaceChildren(this.results, this.renderList([created]));
                },
                (e: unknown) => {
                    submit.disabled = false;
                    const target = e instanceof ApiError && e.field ? fields[e.field as keyof typeof fields] : undefined;
                    if (target) target.setError(describeError(e));
                    else error.set(describeError(e));
                },
            );
        });
        details.appendChild(form);
        return details;
    }
}
