import { tn } from '../i18n';
import { h, replaceChildren } from '../util/dom';

/** Fills an unread badge: the number for the eye, the words for screen readers; hidden at 0. */
export function fillUnreadBadge(badge: HTMLElement, unread: number): void {
    badge.hidden = unread <= 0;
    replaceChildren(badge,
        h('span', { attrs: { 'aria-hidden': 'true' } }, unread > 99 ? '99+' : String(unread)),
        h('span', { class: 'sr-only' }, tn('chat.unread', unread)),
    );
}

export function unreadBadge(unread: number): HTMLElement {
    const badge = h('span', { class: 'badge' });
    fillUnreadBadge(badge, unread);
    return badge;
}
