// Splits a chat message into plain text, @mentions and web links. The result is data (segments of
// text), never HTML: the view turns each segment into a text node, a <mark> or an <a>.

export type Segment =
    | { kind: 'text'; text: string }
    | { kind: 'mention'; text: string; name: string; self: boolean }
    | { kind: 'link'; text: string; href: string };

// A candidate is a web address or an @name; names are letters, digits, _ . - (not ending in . or -).
const candidates = /https?:\/\/[^\s<>"'`]+|@[\p{L}\p{N}_][\p{L}\p{N}_.\-]*/gu;
const wordChar = /[\p{L}\p{N}_.@]/u;
const linkTail = /[.,;:!?)\]}'"]+$/;
const nameTail = /[.\-]+$/;

/** The ways someone may be @named: their username and display name, with and without spaces. */
export function handlesOf(...names: (string | null | undefined)[]): string[] {
    const handles = new Set<string>();
    for (const name of names) {
        if (!name) continue;
        const lower = name.toLowerCase().trim();
        if (!lower) continue;
        handles.add(lower);
        handles.add(lower.replace(/\s+/g, ''));
        handles.add(lower.split(/\s+/)[0]);
    }
    return [...handles];
}

/**
 * Splits text into segments. myHandles (from handlesOf) marks the mentions of the reader as
 * self, so they stand out. "mail@example.org" is not a mention: @ must not follow a word.
 */
export function tokenize(text: string, myHandles: readonly string[] = []): Segment[] {
    const mine = new Set(myHandles.map((h) => h.toLowerCase()));
    const segments: Segment[] = [];
    const pushText = (value: string) => {
        if (!value) return;
        const last = segments[segments.length - 1];
        if (last && last.kind === 'text') last.text += value;
        else segments.push({ kind: 'text', text: value });
    };

    let cursor = 0;
    for (const match of text.matchAll(candidates)) {
        const start = match.index ?? 0;
        let token = match[0];
        if (token.startsWith('@')) {
            if (start > 0 && wordChar.test(text[start - 1])) continue;
            token = token.replace(nameTail, '');
            if (token.length < 2) continue;
            pushText(text.slice(cursor, start));
            const name = token.slice(1);
            segments.push({ kind: 'mention', text: token, name, self: mine.has(name.toLowerCase()) });
        } else {
            token = token.replace(linkTail, '');
            if (token.length <= 'https://'.length) continue;
            pushText(text.slice(cursor, start));
            segments.push({ kind: 'link', text: token, href: token });
        }
        cursor = start + token.length;
    }
    pushText(text.slice(cursor));
    return segments;
}
