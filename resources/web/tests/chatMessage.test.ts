// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../src/live/protocol';
import { renderMessage, renderPending, type MessageContext } from '../src/views/chatMessage';

const ctx: MessageContext = {
    meId: 1,
    myHandles: ['marie'],
    moderator: false,
    onDelete: () => undefined,
    onRetry: () => undefined,
    onDiscard: () => undefined,
};

function message(text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
    return { id: 7, roomId: 1, seq: 3, authorId: 2, authorName: 'Paul', text, at: '2026-05-01T18:00:00.000Z', mentions: [], clientId: null, ...extra };
}

describe('a chat message on the page', () => {
    it('shows user text containing HTML as those characters, never as markup', () => {
        const evil = '<b>bold</b><img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
        const el = renderMessage(message(evil, { authorName: '<i>Paul</i>' }), ctx);
        document.body.appendChild(el);
        expect(el.querySelector('.msg-text')?.textContent).toBe(evil);
        expect(el.querySelector('.msg-author')?.textContent).toBe('<i>Paul</i>');
        expect(el.querySelector('b, img, script, i')).toBeNull();
        expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
    });

    it('highlights @mentions with <mark>, the reader\'s own more strongly', () => {
        const el = renderMessage(message('@marie and @paul <u>now</u>', { mentions: [1] }), ctx);
        const marks = [...el.querySelectorAll('mark')];
        expect(marks.map((m) => m.textContent)).toEqual(['@marie', '@paul']);
        expect(marks[0].classList.contains('mention-me')).toBe(true);
        expect(marks[1].classList.contains('mention-me')).toBe(false);
        expect(el.classList.contains('mentions-me')).toBe(true);
        expect(el.querySelector('u')).toBeNull();
    });

    it('makes only http(s) addresses clickable', () => {
        const el = renderMessage(message('https://example.org/a and javascript:alert(1)'), ctx);
        const links = [...el.querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a']);
        expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    });

    it('offers Delete on one\'s own messages only (and on all for a moderator)', () => {
        expect(renderMessage(message('x', { authorId: 1 }), ctx).querySelector('.msg-delete')).not.toBeNull();
        expect(renderMessage(message('x', { authorId: 2 }), ctx).querySelector('.msg-delete')).toBeNull();
        expect(renderMessage(message('x', { authorId: 2 }), { ...ctx, moderator: true }).querySelector('.msg-delete')).not.toBeNull();
        expect(renderMessage(message('', { authorId: 1, deleted: true }), ctx).querySelector('.msg-delete')).toBeNull();
    });

    it('shows a refused message with its reason and a way to retry', () => {
        const el = renderPending({ clientId: 'c', roomId: 1, text: '<b>x</b>', queuedAt: 0, error: 'Too long' }, ctx);
        expect(el.querySelector('.msg-text')?.textContent).toBe('<b>x</b>');
        expect(el.querySelector('.msg-error')?.textContent).toBe('Too long');
        expect(el.querySelectorAll('button')).toHaveLength(2);
    });
});
