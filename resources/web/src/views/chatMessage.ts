// One chat message as DOM. Text goes in as text nodes only: a message saying "<b>hi</b>" shows
// those characters, it never becomes bold (tests/chatMessage.test.ts).

import { tokenize } from '../chat/mentions';
import type { PendingMessage } from '../chat/MessageStore';
import { locale, t } from '../i18n';
import type { ChatMessage } from '../live/protocol';
import { h, safeHttpUrl } from '../util/dom';

export interface MessageContext {
    meId: number;
    myHandles: readonly string[];
    /** Moderators and admins may delete anyone's message. */
    moderator: boolean;
    onDelete(message: ChatMessage): void;
    onRetry(pending: PendingMessage): void;
    onDiscard(pending: PendingMessage): void;
    now?: Date;
}

/** "14:03" today, "12 May, 14:03" before. */
export function messageTime(iso: string, now: Date = new Date()): string {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return '';
    const sameDay = at.toDateString() === now.toDateString();
    const options: Intl.DateTimeFormatOptions = sameDay
        ? { hour: '2-digit', minute: '2-digit' }
        : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
    return new Intl.DateTimeFormat(locale(), options).format(at);
}

/** The text with @mentions as <mark> and web links as <a>, everything else as text nodes. */
export function renderText(text: string, myHandles: readonly string[]): HTMLParagraphElement {
    const p = h('p', { class: 'msg-text' });
    for (const segment of tokenize(text, myHandles)) {
        if (segment.kind === 'mention') {
            p.appendChild(h('mark', { class: segment.self ? 'mention mention-me' : 'mention' }, segment.text));
        } else if (segment.kind === 'link') {
            const href = safeHttpUrl(segment.href);
            p.appendChild(href
                ? h('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, segment.text)
                : document.createTextNode(segment.text));
        } else {
            p.appendChild(document.createTextNode(segment.text));
        }
    }
    return p;
}

export function renderMessage(message: ChatMessage, ctx: MessageContext): HTMLLIElement {
    const mine = message.authorId === ctx.meId;
    const deleted = message.deleted === true;
    const time = messageTime(message.at, ctx.now);
    const classes = ['msg'];
    if (mine) classes.push('mine');
    if (deleted) classes.push('deleted');
    if (!deleted && !mine && message.mentions?.includes(ctx.meId)) classes.push('mentions-me');
    const canDelete = !deleted && (mine || ctx.moderator);
    return h('li', { class: classes.join(' '), attrs: { 'data-seq': message.seq } },
        h('div', { class: 'msg-head' },
            h('span', { class: 'msg-author' }, mine ? t('chat.you') : message.authorName || t('chat.formerMember')),
            h('time', { attrs: { datetime: message.at } }, time),
            classes.includes('mentions-me') ? h('span', { class: 'msg-flag' }, t('chat.mentionsYou')) : null,
        ),
        deleted ? h('p', { class: 'msg-text msg-deleted' }, t('chat.deleted')) : renderText(message.text, ctx.myHandles),
        canDelete
            ? h('button', {
                class: 'msg-delete link-button',
                attrs: {
                    type: 'button',
                    'data-focus-key': `delete-${message.seq}`,
                    'aria-label': mine ? t('chat.deleteMine', { time }) : t('chat.deleteOf', { name: message.authorName, time }),
                },
                on: { click: () => ctx.onDelete(message) },
            }, t('chat.delete'))
            : null,
    );
}

/** A search hit: a link to its conversation saying where, who and when, with the text as text. */
export function renderSearchHit(message: ChatMessage, place: string, meId: number, now?: Date): HTMLLIElement {
    return h('li', null, h('a', { class: 'search-hit', attrs: { href: `#/chat/${message.roomId}` } },
        h('span', { class: 'msg-head' },
            h('span', { class: 'search-place' }, place),
            h('span', { class: 'msg-author' }, message.authorId === meId ? t('chat.you') : message.authorName || t('chat.formerMember')),
            h('time', { attrs: { datetime: message.at } }, messageTime(message.at, now)),
        ),
        h('span', { class: 'msg-text' }, message.text),
    ));
}

/** A message the server hasn't confirmed yet: "sending…", or refused with the reason and choices. */
export function renderPending(pending: PendingMessage, ctx: MessageContext): HTMLLIElement {
    const failed = pending.error !== null;
    return h('li', { class: failed ? 'msg mine pending failed' : 'msg mine pending', attrs: { 'data-client-id': pending.clientId } },
        h('div', { class: 'msg-head' },
            h('span', { class: 'msg-author' }, t('chat.you')),
            h('span', { class: 'msg-state' }, failed ? t('chat.notSent') : t('chat.sending')),
        ),
        renderText(pending.text, ctx.myHandles),
        failed ? h('p', { class: 'msg-error' }, pending.error) : null,
        failed
            ? h('div', { class: 'msg-actions' },
                h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => ctx.onRetry(pending) } }, t('chat.retry')),
                h('button', { class: 'link-button', attrs: { type: 'button' }, on: { click: () => ctx.onDiscard(pending) } }, t('chat.discard')),
            )
            : null,
    );
}
