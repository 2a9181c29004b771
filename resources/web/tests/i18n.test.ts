import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** The client's own sources, without the dictionaries themselves. */
function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
        return path.endsWith('.ts') ? [path] : [];
    });
}

describe('i18n in the sources', () => {
    const src = join(__dirname, '..', 'src');

    it('every t() and tn() key written in the sources is in the English dictionary', () => {
        const keys = new Set(Object.keys(en));
        const missing: string[] = [];
        let calls = 0;
        for (const file of sourceFiles(src)) {
            const text = readFileSync(file, 'utf8');
            for (const m of text.matchAll(/\b(tn?)\(\s*'([^']+)'/g)) {
                calls++;
                const [, fn, key] = m;
                const needed = fn === 'tn' ? [`${key}.one`, `${key}.other`] : [key];
                for (const k of needed) if (!keys.has(k)) missing.push(`${relative(src, file)}: ${k}`);
            }
        }
        expect(calls).toBeGreaterThan(100); // the scan really sees the client's calls
        expect(missing).toEqual([]);
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
