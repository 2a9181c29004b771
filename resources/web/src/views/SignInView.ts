// Sign in, or join the band with an invite code (the desktop's QR code opens /?invite=CODE).

import { ApiError, describeError } from '../api/ApiError';
import type { ApiClient } from '../api/ApiClient';
import type { Me } from '../api/types';
import type { View } from '../app/AppContext';
import { t } from '../i18n';
import { h, replaceChildren } from '../util/dom';
import { field, formError, languageSelect } from './forms';

export interface SignInOptions {
    api: ApiClient;
    inviteCode: string | null;
    /** Shown above the forms, e.g. "Your session has ended". */
    notice: string | null;
    onSignedIn(me: Me): void;
}

type Mode = 'signIn' | 'register';

export class SignInView implements View {
    readonly el: HTMLElement;
    readonly title: string;
    private mode: Mode;
    private readonly body = h('div', { class: 'signin-body' });

    constructor(private readonly options: SignInOptions) {
        this.mode = options.inviteCode ? 'register' : 'signIn';
        this.title = t('signin.title');
        const tabs = h('div', { class: 'segmented', attrs: { role: 'group', 'aria-label': t('signin.choose') } },
            this.modeButton('signIn', t('signin.signInTab')),
            this.modeButton('register', t('signin.registerTab')),
        );
        this.el = h('section', { class: 'signin' },
            h('div', { class: 'signin-card' },
                h('div', { class: 'signin-brand' },
                    h('img', { attrs: { src: '/icon.svg', alt: '', width: 56, height: 56 } }),
                    h('h1', { attrs: { tabindex: -1 } }, 'Oscalis'),
                    h('p', { class: 'muted' }, t('signin.tagline')),
                ),
                options.notice ? h('p', { class: 'notice', attrs: { role: 'status' } }, options.notice) : null,
                tabs,
                this.body,
                languageSelect(),
            ),
        );
        this.renderForm();
    }

    destroy(): void {}

    private modeButton(mode: Mode, label: string): HTMLButtonElement {
        return h('button', {
            class: 'segment',
            attrs: { type: 'button', 'aria-pressed': String(this.mode === mode), 'data-mode': mode },
            on: {
                click: () => {
                    this.mode = mode;
                    for (const b of this.el.querySelectorAll('.segment')) b.setAttribute('aria-pressed', String(b.getAttribute('data-mode') === mode));
                    this.renderForm();
                },
            },
        }, label);
    }

    private renderForm(): void {
        replaceChildren(this.body, this.mode === 'signIn' ? this.signInForm() : this.registerForm());
    }

    private signInForm(): HTMLFormElement {
        const username = field(t('signin.username'), { name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true });
        const password = field(t('signin.password'), { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
        const error = formError();
        const submit = h('button', { class: 'button primary', attrs: { type: 'submit' } }, t('signin.submit'));
        const form = h('form', { class: 'stack', attrs: { 'aria-label': t('signin.signInTab'), novalidate: true } },
            username.wrap, password.wrap, error.el, submit);
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            error.set(null);
            if (!username.input.value.trim() || !password.input.value) {
                error.set(t('signin.fillBoth'));
                return;
            }
            this.busy(submit, true, t('signin.submitting'));
            this.options.api.login(username.input.value.trim(), password.input.value).then(
                (me) => this.options.onSignedIn(me),
                (e: unknown) => {
                    this.busy(submit, false, t('signin.submit'));
                    error.set(describeError(e));
                    password.input.select();
                },
            );
        });
        return form;
    }

    private registerForm(): HTMLFormElement {
        const invite = field(t('signin.inviteCode'), {
            name: 'inviteCode', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', required: true,
            value: this.options.inviteCode ?? '',
        }, t('signin.inviteHint'));
        const username = field(t('signin.username'), { name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true }, t('signin.usernameHint'));
        const displayName = field(t('signin.displayName'), { name: 'displayName', autocomplete: 'nickname', required: true }, t('signin.displayNameHint'));
        const password = field(t('signin.newPassword'), { name: 'password', type: 'password', autocomplete: 'new-password', required: true });
        const error = formError();
        const submit = h('button', { class: 'button primary', attrs: { type: 'submit' } }, t('signin.registerSubmit'));
        const fields = { inviteCode: invite, username, displayName, password };
        const form = h('form', { class: 'stack', attrs: { 'aria-label': t('signin.registerTab'), novalidate: true } },
            invite.wrap, username.wrap, displayName.wrap, password.wrap, error.el, submit);
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            error.set(null);
            for (const f of Object.values(fields)) f.setError(null);
            const missing = Object.values(fields).find((f) => !f.input.value.trim());
            if (missing) {
                missing.setError(t('signin.required'));
                missing.input.focus();
                return;
            }
            this.busy(submit, true, t('signin.registering'));
            this.options.api.register({
                inviteCode: invite.input.value.trim(),
                username: username.input.value.trim(),
                displayName: displayName.input.value.trim(),
                password: password.input.value,
            }).then(
                (me) => this.options.onSignedIn(me),
                (e: unknown) => {
                    this.busy(submit, false, t('signin.registerSubmit'));
                    const target = e instanceof ApiError && e.field ? fields[e.field as keyof typeof fields] : undefined;
                    const text = e instanceof ApiError && e.code === 'conflict' ? t('signin.usernameTaken') : describeError(e);
                    if (target) {
                        target.setError(text);
                        target.input.focus();
                    } else if (e instanceof ApiError && e.code === 'conflict') {
                        username.setError(text);
                        username.input.focus();
                    } else {
                        error.set(text);
                    }
                },
            );
        });
        return form;
    }

    private busy(button: HTMLButtonElement, busy: boolean, label: string): void {
        button.disabled = busy;
        button.textContent = label;
    }
}
