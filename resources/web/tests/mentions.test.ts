import { describe, expect, it } from 'vitest';
import { handlesOf, tokenize } from '../src/chat/mentions';

describe('mention highlighting tokenizer', () => {
    it('splits text and @mentions, marking the reader\'s own', () => {
        const mine = handlesOf('marie', 'Marie Dupont');
        expect(tokenize('hi @Marie and @paul!', mine)).toEqual([
            { kind: 'text', text: 'hi ' },
            { kind: 'mention', text: '@Marie', name: 'Marie', self: true },
            { kind: 'text', text: ' and ' },
            { kind: 'mention', text: '@paul', name: 'paul', self: false },
            { kind: 'text', text: '!' },
        ]);
    });

    it('does not take an e-mail address or a lone @ for a mention', () => {
        expect(tokenize('write to band@example.org @ noon')).toEqual([{ kind: 'text', text: 'write to band@example.org @ noon' }]);
    });

    it('leaves a trailing full stop out of the name and accepts accents', () => {
        const segments = tokenize('merci @Zoé.', handlesOf('zoé'));
        expect(segments[1]).toEqual({ kind: 'mention', text: '@Zoé', name: 'Zoé', self: true });
        expect(segments[2]).toEqual({ kind: 'text', text: '.' });
    });

    it('finds web links and leaves closing punctuation out of them', () => {
        expect(tokenize('see (https://example.org/song?x=1).')).toEqual([
            { kind: 'text', text: 'see (' },
            { kind: 'link', text: 'https://example.org/song?x=1', href: 'https://example.org/song?x=1' },
            { kind: 'text', text: ').' },
        ]);
    });

    it('returns markup as plain text segments: it never produces HTML', () => {
        const segments = tokenize('<img src=x onerror=alert(1)> @<b>bold</b>');
        expect(segments).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)> @<b>bold</b>' }]);
        expect(segments.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> @<b>bold</b>');
    });

    it('gives back exactly the original text when the segments are joined', () => {
        const text = '@a @b.c-d, mail@x.y https://x.org/a_b) end @';
        expect(tokenize(text, ['a']).map((s) => s.text).join('')).toBe(text);
    });
});
