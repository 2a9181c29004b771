// The few icons the client draws, as SVG built with the DOM (no markup strings, no icon font).

const paths = {
    play: 'M8 5v14l11-7z',
    pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
    stop: 'M6 6h12v12H6z',
    record: 'M12 5a7 7 0 1 0 0 14a7 7 0 1 0 0-14z',
    rewind: 'M11 6v12L2.5 12zM21 6v12l-8.5-6z',
    forward: 'M13 6v12l8.5-6zM3 6v12l8.5-6z',
    previousMarker: 'M6 6h2v12H6zM9.5 12 18 18V6z',
    nextMarker: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
    previous: 'M15.4 7.4 14 6l-6 6 6 6 1.4-1.4-4.6-4.6z',
    next: 'M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z',
    chat: 'M4 4h16v12H8l-4 4z',
    band: 'M9 3v10.6A3.5 3.5 0 1 0 11 17V7h7V3z',
    remote: 'M5 3h2v8h2v2H7v8H5v-8H3v-2h2zM11 3h2v3h2v2h-2v13h-2V8H9V6h2zM17 3h2v11h2v2h-2v5h-2v-5h-2v-2h2z',
} as const;

export type IconName = keyof typeof paths;

/** A decorative icon (hidden from screen readers: the control it sits in carries the words). */
export function icon(name: IconName): SVGSVGElement {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', `icon icon-${name}`);
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', paths[name]);
    svg.appendChild(path);
    return svg;
}
