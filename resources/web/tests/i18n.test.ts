import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { detectLanguage, dictionaries, interpolate, setLanguage, t, tn } from '../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
    it('French and English have exactly the same keys', () => {
        expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    });

    it('every string is filled in and uses the same placeholders in both languages', () => {
        for (const key of Object.keys(en) as (keyof typeof en)[]) {
            expect(en[key].trim(), key).not.toBe('');
            expect(fr[key].trim(), key).not.toBe('');
            expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
        }
    });

    it('counted phrases come in one/other pairs', () => {
        for (const lang of ['en', 'fr'] as const) {
            const keys = Object.keys(dictionaries[lang]);
            for (const key of keys.filter((k) => k.endsWith('.one'))) {
                expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
            }
        }
    });
});

describe('i18n lookup', () => {
    it('picks the saved language, else the browser one, else English', () => {
        expect(detectLanguage('fr', ['en-US'])).toBe('fr');
        expect(detectLanguage(null, ['de-DE', 'fr-CA', 'en'])).toBe('fr');
        expect(detectLanguage('xx', ['de'])).toBe('en');
    });

    it('fills placeholders and chooses the plural form by language rules', () => {
        setLanguage('en', false);
        expect(tn('chat.unread', 1)).toBe('1 unread message');
        expect(tn('chat.unread', 0)).toBe('0 unread messages');
        setLanguage('fr', false);
        expect(tn('chat.unread', 0)).toBe('0 message non lu');
        expect(tn('chat.unread', 3)).toBe('3 messages non lus');
        expect(t('remote.volumeOf', { name: 'Basse' })).toBe('Volume de Basse');
        setLanguage('en', false);
        expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    });
});
