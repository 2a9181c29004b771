// Building the page from data, safely: every piece of text becomes a text node, never markup.
// There is no innerHTML anywhere in the client; the Content-Security-Policy forbids inline
// scripts and styles, and user text (chat, song titles, notes) must never be read as HTML.

export type Child = Node | string | number | null | undefined | false | Child[];

type Listener = (event: never) => void;

export interface ElementProps {
    /** className */
    class?: string;
    /** Attributes: false/null/undefined leave the attribute out, true sets it empty. */
    attrs?: Record<string, string | number | boolean | null | undefined>;
    /** Event listeners by event name. */
    on?: Partial<Record<keyof HTMLElementEventMap, Listener>>;
}

/** Creates an element with attributes, listeners and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: ElementProps | null = null,
    ...children: Child[]
): HTMLElementTagNameMap[K] {
    const el = document.createElement(tag);
    if (props) {
        if (props.class) el.className = props.class;
        for (const [name, value] of Object.entries(props.attrs ?? {})) {
            if (name === 'style' || name.toLowerCase().startsWith('on')) {
                throw new Error(`h(): the attribute ${name} is not allowed`);
            }
            if (value === false || value === null || value === undefined) continue;
            el.setAttribute(name, value === true ? '' : String(value));
        }
        for (const [type, listener] of Object.entries(props.on ?? {})) {
            el.addEventListener(type, listener as EventListener);
        }
    }
    append(el, children);
    return el;
}

/** Appends children (nested arrays flattened, falsy values skipped, text as text nodes). */
export function append(parent: Node, children: Child[]): void {
    for (const child of children) {
        if (child === null || child === undefined || child === false) continue;
        if (Array.isArray(child)) append(parent, child);
        else if (child instanceof Node) parent.appendChild(child);
        else parent.appendChild(document.createTextNode(String(child)));
    }
}

/** Replaces everything inside parent with children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
    while (parent.firstChild) parent.removeChild(parent.firstChild);
    append(parent, children);
}

/**
 * Swaps oldEl for newEl; if the keyboard focus was on an element with data-focus-key inside
 * oldEl, the element with the same key in newEl gets it back, so re-rendering an item after a
 * click doesn't throw the user's place away.
 */
export function replaceKeepingFocus(oldEl: Element, newEl: Element): void {
    const active = document.activeElement;
    const key = active && oldEl.contains(active) ? active.getAttribute('data-focus-key') : null;
    oldEl.replaceWith(newEl);
    if (key) {
        const target = newEl.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
        target?.focus();
    }
}

let idCounter = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix: string): string {
    idCounter += 1;
    return `${prefix}-${idCounter}`;
}

/** Only http(s) links are made clickable; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(text: string): string | null {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
        return null;
    }
}
