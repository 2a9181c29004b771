// Loading a piece of band data into a view: "Loading…", then the content, or the error in plain
// words with a Try again button.

import { describeError } from '../api/ApiError';
import { t } from '../i18n';
import { h, replaceChildren } from '../util/dom';

export class Loader<T> {
    private generation = 0;

    constructor(
        private readonly target: HTMLElement,
        private readonly fetch: () => Promise<T>,
        private readonly render: (data: T) => Node | Node[],
    ) {}

    /** (Re)loads; an older answer arriving after a newer request is dropped. */
    load(showLoading = true): void {
        const generation = ++this.generation;
        if (showLoading) replaceChildren(this.target, h('p', { class: 'muted', attrs: { role: 'status' } }, t('common.loading')));
        this.target.setAttribute('aria-busy', 'true');
        this.fetch().then(
            (data) => {
                if (generation !== this.generation) return;
                this.target.removeAttribute('aria-busy');
                replaceChildren(this.target, this.render(data));
            },
            (error: unknown) => {
                if (generation !== this.generation) return;
                this.target.removeAttribute('aria-busy');
                replaceChildren(this.target, h('div', { class: 'load-error', attrs: { role: 'alert' } },
                    h('p', null, describeError(error)),
                    h('button', { class: 'button', attrs: { type: 'button' }, on: { click: () => this.load() } }, t('common.retry')),
                ));
            },
        );
    }

    /** Forget pending answers (the view is going away). */
    cancel(): void {
        this.generation += 1;
    }
}
