// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatSearch, hitPlace, searchLimit, searchStatus } from '../src/chat/search';
import { setLanguage } from '../src/i18n';
import type { ChatMessage, Room } from '../src/live/protocol';
import { renderSearchHit } from '../src/views/chatMessage';

function message(text: string, extra: Partial<ChatMessage> = {}): ChatMessage {
    return { id: 7, roomId: 1, seq: 3, authorId: 2, authorName: 'Paul', text, at: '2026-05-01T18:00:00.000Z', mentions: [], clientId: null, ...extra };
}

describe('searching the chat', () => {
    beforeEach(() => setLanguage('en', false));

    it('asks for the trimmed query and keeps only the latest search\'s answer', () => {
        const search = new ChatSearch();
        expect(search.start('   ')).toBeNull();
        expect(search.query).toBeNull();
        const first = search.start('  chords ');
        expect(first).toMatchObject({ type: 'chat.search', query: 'chords', limit: searchLimit });
        const second = search.start('snacks');
        expect(second?.ref).not.toBe(first?.ref);
        expect(search.searching).toBe(true);
        // The answer to the search typed over comes late: ignored.
        expect(search.answer(first?.ref, [message('the chords of Le Sud')])).toBe(false);
        expect(search.searching).toBe(true);
        expect(search.answer(second?.ref, [message('who brings the snacks?'), message('gone', { seq: 4, deleted: true })])).toBe(true);
        expect(search.results?.map((m) => m.text)).toEqual(['who brings the snacks?']);
        // A page with no ref (a history page) is not the search's.
        expect(search.answer(null, [])).toBe(false);
    });

    it('drops a hit deleted meanwhile, and says why a search failed', () => {
        const search = new ChatSearch();
        const request = search.start('snacks');
        search.answer(request?.ref, [message('snacks', { roomId: 1, seq: 3 }), message('more snacks', { roomId: 2, seq: 3 })]);
        expect(search.removeDeleted(1, 4)).toBe(false);
        expect(search.removeDeleted(1, 3)).toBe(true);
        expect(search.results?.map((m) => m.text)).toEqual(['more snacks']);

        const again = search.start('x');
        expect(search.fail('search:0', 'late')).toBe(false);
        expect(search.fail(again?.ref, 'Please fill in the search.')).toBe(true);
        expect(search.searching).toBe(false);
        expect(searchStatus(search)).toBe('Please fill in the search.');
        expect(ChatSearch.owns(again?.ref)).toBe(true);
        expect(ChatSearch.owns('send:abc')).toBe(false);
    });

    it('says what it found, in English and in French', () => {
        const search = new ChatSearch();
        expect(searchStatus(search)).toBe('');
        let request = search.start('snacks');
        expect(searchStatus(search)).toBe('Searching…');
        search.answer(request?.ref, []);
        expect(searchStatus(search)).toBe('No message contains “snacks”.');
        request = search.start('snacks');
        search.answer(request?.ref, [message('snacks')]);
        expect(searchStatus(search)).toBe('1 message contains “snacks”.');
        request = search.start('a');
        search.answer(request?.ref, Array.from({ length: searchLimit }, (_, i) => message('a', { seq: i + 1 })));
        expect(searchStatus(search)).toBe(`${searchLimit} messages contain “a”. Only the ${searchLimit} newest are shown.`);
        setLanguage('fr', false);
        expect(searchStatus(search)).toBe(`${searchLimit} messages contiennent «\u00a0a\u00a0». Seuls les ${searchLimit} plus récents sont affichés.`);
        search.clear();
        expect(searchStatus(search)).toBe('');
    });

    it('names where a hit was written: the room, or the other person of a direct conversation', () => {
        const general: Room = { id: 1, kind: 'room', name: 'general', memberIds: [], lastSeq: 3, unread: 0 };
        const direct: Room = { id: 2, kind: 'direct', name: '', memberIds: [1, 5], lastSeq: 1, unread: 0 };
        const names = (id: number) => (id === 5 ? 'Carol' : 'Me');
        expect(hitPlace(general, 1, names, '?')).toBe('#general');
        expect(hitPlace(direct, 1, names, '?')).toBe('Carol');
        expect(hitPlace(undefined, 1, names, 'A conversation')).toBe('A conversation');
    });

    it('shows a hit\'s text and author as the characters typed, with a link to its conversation', () => {
        const evil = '<img src=x onerror="window.hacked=1"><b>bold</b>';
        const el = renderSearchHit(message(evil, { roomId: 9, authorName: '<i>Paul</i>' }), '#general', 1, new Date('2026-05-03T12:00:00Z'));
        document.body.appendChild(el);
        expect(el.querySelector('.msg-text')?.textContent).toBe(evil);
        expect(el.querySelector('.msg-author')?.textContent).toBe('<i>Paul</i>');
        expect(el.querySelector('.search-place')?.textContent).toBe('#general');
        expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2026-05-01T18:00:00.000Z');
        expect(el.querySelector('time')?.textContent).not.toBe('');
        expect(el.querySelector('a')?.getAttribute('href')).toBe('#/chat/9');
        expect(el.querySelector('b, img, i')).toBeNull();
        expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
        expect(renderSearchHit(message('mine', { authorId: 1 }), '#general', 1).querySelector('.msg-author')?.textContent).toBe('You');
    });
});
