// Small form pieces shared by the views: a labelled field with its own error line, and a button
// that runs a request.

import { describeError } from '../api/ApiError';
import type { AppContext } from '../app/AppContext';
import { language, languages, setLanguage, t, type Lang } from '../i18n';
import { h, uid } from '../util/dom';

export interface Field {
    wrap: HTMLDivElement;
    input: HTMLInputElement;
    /** Shows (or clears, with null) an error under the field, tied to it for screen readers. */
    setError(message: string | null): void;
}

export function field(label: string, attrs: Record<string, string | number | boolean | null | undefined>, hint?: string): Field {
    const id = uid('field');
    const errorId = `${id}-error`;
    const hintId = hint ? `${id}-hint` : null;
    const input = h('input', { attrs: { id, ...attrs, 'aria-describedby': hintId } });
    const error = h('p', { class: 'field-error', attrs: { id: errorId, hidden: true } });
    const wrap = h('div', { class: 'field' },
        h('label', { attrs: { for: id } }, label),
        input,
        hint ? h('p', { class: 'field-hint', attrs: { id: hintId } }, hint) : null,
        error,
    );
    return {
        wrap,
        input,
        setError(message) {
            error.textContent = message ?? '';
            error.hidden = !message;
            if (message) {
                input.setAttribute('aria-invalid', 'true');
                input.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
            } else {
                input.removeAttribute('aria-invalid');
                if (hintId) input.setAttribute('aria-describedby', hintId);
                else input.removeAttribute('aria-describedby');
            }
        },
    };
}

/** The language switch: a labelled select, each language named in itself. */
export function languageSelect(): HTMLElement {
    const id = uid('language');
    const names: Record<Lang, string> = { en: 'English', fr: 'Français' };
    const select = h('select', { attrs: { id }, on: { change: (e: Event) => setLanguage((e.target as HTMLSelectElement).value as Lang) } },
        languages.map((lang) => h('option', { attrs: { value: lang, selected: lang === language(), lang } }, names[lang])),
    );
    return h('div', { class: 'field field-inline' }, h('label', { attrs: { for: id } }, t('common.language')), select);
}

/**
 * Runs the request a click on button starts, the button disabled meanwhile. On success done gets
 * the answer (and usually redraws or removes the button's item); on failure the button is enabled
 * again and the error is shown in plain words.
 */
export function runFromButton<T>(ctx: AppContext, button: HTMLButtonElement, request: () => Promise<T>, done: (answer: T) => void): void {
    button.disabled = true;
    request().then(done, (error: unknown) => {
        button.disabled = false;
        ctx.notify(describeError(error));
    });
}

/** A paragraph for a form's overall error, read out when it appears. */
export function formError(): { el: HTMLParagraphElement; set(message: string | null): void } {
    const el = h('p', { class: 'form-error', attrs: { role: 'alert', hidden: true } });
    return {
        el,
        set(message) {
            el.textContent = message ?? '';
            el.hidden = !message;
        },
    };
}
