// Every string a user sees goes through t()/tn(). English is the reference dictionary; French
// must have exactly the same keys (the compiler checks fr's type, a test checks both at run time).

import { en } from './en';
import { fr } from './fr';

export type Lang = 'en' | 'fr';
export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;

/** Keys that come in a ".one"/".other" pair, named without the suffix. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

export const languages: readonly Lang[] = ['en', 'fr'];
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, fr };

const storageKey = 'oscalis.language';
let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

/** The saved choice if any, else the first browser language we have, else English. */
export function detectLanguage(saved: string | null, browserLanguages: readonly string[]): Lang {
    if (saved && (languages as readonly string[]).includes(saved)) return saved as Lang;
    for (const tag of browserLanguages) {
        const base = tag.toLowerCase().split('-')[0];
        if ((languages as readonly string[]).includes(base)) return base as Lang;
    }
    return 'en';
}

export function language(): Lang {
    return current;
}

/** Switches the language (saved for the next visit) and tells the listeners to redraw. */
export function setLanguage(lang: Lang, save = true): void {
    current = lang;
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
    if (save) {
        try {
            localStorage.setItem(storageKey, lang);
        } catch {
            // Private mode or storage full: the choice lasts for this visit only.
        }
    }
    for (const listener of [...listeners]) listener(lang);
}

export function onLanguageChange(listener: (lang: Lang) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

/** Picks the language at start-up from the saved choice and navigator.languages. */
export function initLanguage(): void {
    let saved: string | null = null;
    try {
        saved = localStorage.getItem(storageKey);
    } catch {
        saved = null;
    }
    const browser = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
    setLanguage(detectLanguage(saved, browser), false);
}

/** Fills {name} placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: Params): string {
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
}

export function t(key: MessageKey, params?: Params): string {
    return interpolate(dictionaries[current][key] ?? dictionaries.en[key] ?? key, params);
}

/** A counted phrase: "1 unread message" / "3 unread messages" ({count} is filled in). */
export function tn(key: PluralKey, count: number, params?: Params): string {
    const form = new Intl.PluralRules(current).select(count) === 'one' ? 'one' : 'other';
    return t(`${key}.${form}` as MessageKey, { count, ...params });
}

/** The locale for Intl formatting: the browser's own variant when it matches (en-GB, fr-CA). */
export function locale(): string {
    const browser = typeof navigator !== 'undefined' ? navigator.language : '';
    return browser && browser.toLowerCase().startsWith(current) ? browser : current;
}
