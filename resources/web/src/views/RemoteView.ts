// The remote for REAPER: transport buttons and the bank's track strips (volume, pan, mute, solo,
// arm, meter), for members the studio has allowed (permissions.remote).

import type { AppContext, View } from '../app/AppContext';
import { t, type MessageKey } from '../i18n';
import type { ReaperState, ReaperTrack, TrackChange, TransportAction } from '../live/protocol';
import { formatTimecode } from '../util/format';
import { h, replaceChildren, uid } from '../util/dom';
import { icon, type IconName } from './icons';

const transportButtons: { action: TransportAction; label: MessageKey }[] = [
    { action: 'previousMarker', label: 'remote.previousMarker' },
    { action: 'rewind', label: 'remote.rewind' },
    { action: 'stop', label: 'remote.stop' },
    { action: 'play', label: 'remote.play' },
    { action: 'pause', label: 'remote.pause' },
    { action: 'record', label: 'remote.record' },
    { action: 'forward', label: 'remote.forward' },
    { action: 'nextMarker', label: 'remote.nextMarker' },
];

/** A local move wins over REAPER's echo for this long, so a slider doesn't jump back under a finger. */
const holdMs = 700;
/** At most one message per slider this often (the server accepts 50 messages a second). */
const sendEveryMs = 50;

export class RemoteView implements View {
    readonly el: HTMLElement;
    readonly title: string;
    private readonly body = h('div', { class: 'remote-body' });
    private readonly offs: (() => void)[] = [];
    private controls: RemoteControls | null = null;

    constructor(private readonly ctx: AppContext) {
        this.title = t('remote.title');
        this.el = h('section', { class: 'remote' }, h('h1', { attrs: { tabindex: -1 } }, t('remote.title')), this.body);
        this.offs.push(
            ctx.session.on('permissions', () => this.render()),
            ctx.session.on('reaper', () => this.render()),
            ctx.session.on('state', () => this.render()),
        );
        this.render();
    }

    destroy(): void {
        for (const off of this.offs) off();
        this.controls?.destroy();
    }

    private render(): void {
        const session = this.ctx.session;
        const reason = !session.permissions.remote
            ? t('remote.notAllowed')
            : session.state !== 'online' && !session.reaper
                ? t('remote.waiting')
                : !session.reaper || !session.reaper.connected
                    ? t('remote.noReaper')
                    : null;
        if (reason) {
            this.controls?.destroy();
            this.controls = null;
            replaceChildren(this.body, h('p', { class: 'notice' }, reason));
            return;
        }
        if (!this.controls) {
            this.controls = new RemoteControls(this.ctx);
            replaceChildren(this.body, this.controls.el);
        }
        this.controls.update(session.reaper as ReaperState, session.state === 'online');
    }
}

/** The transport, bank switch and strips; updated in place 20 times a second. */
class RemoteControls {
    readonly el: HTMLElement;
    private readonly time = h('p', { class: 'timecode', attrs: { 'aria-label': t('remote.position') } });
    private readonly beats = h('p', { class: 'beats muted' });
    private readonly transport = new Map<TransportAction, HTMLButtonElement>();
    private readonly bankLabel = h('p', { class: 'bank-label', attrs: { 'aria-live': 'polite' } });
    private readonly previous: HTMLButtonElement;
    private readonly next: HTMLButtonElement;
    private readonly stripList = h('ul', { class: 'strips' });
    private strips: Strip[] = [];
    private readonly offline = h('p', { class: 'notice', attrs: { hidden: true } }, t('remote.offline'));

    constructor(private readonly ctx: AppContext) {
        for (const { action, label } of transportButtons) {
            this.transport.set(action, h('button', {
                class: `transport-button transport-${action}`,
                attrs: { type: 'button', 'aria-label': t(label), title: t(label) },
                on: { click: () => this.sendOrWarn(this.ctx.session.transport(action)) },
            }, icon(action as IconName)));
        }
        this.previous = h('button', {
            class: 'button icon-button', attrs: { type: 'button', 'aria-label': t('remote.bankPrevious') },
            on: { click: () => this.sendOrWarn(this.ctx.session.bank('previous')) },
        }, icon('previous'));
        this.next = h('button', {
            class: 'button icon-button', attrs: { type: 'button', 'aria-label': t('remote.bankNext') },
            on: { click: () => this.sendOrWarn(this.ctx.session.bank('next')) },
        }, icon('next'));
        this.el = h('div', { class: 'remote-controls' },
            this.offline,
            h('section', { class: 'transport', attrs: { 'aria-label': t('remote.transport') } },
                h('div', { class: 'clock' }, this.time, this.beats),
                h('div', { class: 'transport-buttons' }, [...this.transport.values()]),
            ),
            h('section', { class: 'bank', attrs: { 'aria-label': t('remote.tracks') } },
                h('div', { class: 'bank-nav' }, this.previous, this.bankLabel, this.next),
                this.stripList,
            ),
        );
    }

    destroy(): void {
        for (const strip of this.strips) strip.destroy();
    }

    update(state: ReaperState, online: boolean): void {
        this.offline.hidden = online;
        const tr = state.transport;
        this.time.textContent = typeof tr.time === 'number' ? formatTimecode(tr.time) : (tr.time ?? '–');
        this.beats.textContent = tr.beats === null || tr.beats === undefined ? '' : String(tr.beats);
        const pressed: Partial<Record<TransportAction, boolean>> = { play: tr.playing && !tr.paused, record: tr.recording, pause: tr.paused };
        for (const [action, button] of this.transport) {
            const value = pressed[action];
            if (value !== undefined) button.setAttribute('aria-pressed', String(value));
            button.disabled = !online;
        }

        const { first, size, total } = state.bank;
        const last = first + state.tracks.length - 1;
        // Without REAPER's script the track count is unknown: a bank that isn't full is the last.
        const known = typeof total === 'number';
        this.bankLabel.textContent = !state.tracks.length
            ? t('remote.noTracks')
            : known ? t('remote.bankLabel', { first, last, total }) : t('remote.bankLabelNoTotal', { first, last });
        this.previous.disabled = !online || first <= 1;
        this.next.disabled = !online || (known ? last >= total : state.tracks.length < size);

        if (this.strips.length !== state.tracks.length) {
            for (const strip of this.strips) strip.destroy();
            this.strips = state.tracks.map(() => new Strip(this.ctx, (ok) => this.sendOrWarn(ok)));
            replaceChildren(this.stripList, this.strips.map((s) => s.el));
        }
        state.tracks.forEach((track, i) => this.strips[i].update(track, online));
    }

    private sendOrWarn(sent: boolean): void {
        if (!sent) this.ctx.notify(t('live.notConnected'));
    }
}

/** One track: name and colour, meter, volume and pan sliders, mute / solo / arm. */
class Strip {
    readonly el: HTMLLIElement;
    private track: ReaperTrack | null = null;
    private readonly name = h('h2', { class: 'strip-name' });
    private readonly swatch = h('span', { class: 'strip-color', attrs: { 'aria-hidden': 'true' } });
    private readonly meterFill = h('span', { class: 'meter-fill' });
    private readonly volume: SliderControl;
    private readonly pan: SliderControl;
    private readonly toggles: Record<'mute' | 'solo' | 'arm', HTMLButtonElement>;

    constructor(private readonly ctx: AppContext, private readonly warn: (sent: boolean) => void) {
        this.volume = new SliderControl(t('remote.volumeShort'), { min: 0, max: 1, step: 0.005 }, (value) => this.send({ volume: value }));
        this.pan = new SliderControl(t('remote.panShort'), { min: -1, max: 1, step: 0.01 }, (value) => this.send({ pan: value }));
        const toggle = (name: 'mute' | 'solo' | 'arm', letter: string) => h('button', {
            class: `toggle toggle-${name}`,
            attrs: { type: 'button', 'aria-pressed': 'false' },
            on: { click: () => {
                if (!this.track) return;
                const value = !this.track[name];
                this.warn(this.send({ [name]: value }));
            } },
        }, h('span', { attrs: { 'aria-hidden': 'true' } }, letter), h('span', { class: 'sr-only toggle-words' }));
        this.toggles = { mute: toggle('mute', 'M'), solo: toggle('solo', 'S'), arm: toggle('arm', 'R') };
        this.el = h('li', { class: 'strip' },
            h('div', { class: 'strip-head' }, this.swatch, this.name),
            h('div', { class: 'meter', attrs: { 'aria-hidden': 'true' } }, this.meterFill),
            this.volume.wrap,
            this.pan.wrap,
            h('div', { class: 'toggles' }, this.toggles.mute, this.toggles.solo, this.toggles.arm),
        );
    }

    destroy(): void {
        this.volume.destroy();
        this.pan.destroy();
    }

    update(track: ReaperTrack, online: boolean): void {
        const renamed = this.track?.name !== track.name || this.track?.number !== track.number;
        this.track = track;
        if (renamed) {
            const name = track.name || t('remote.trackNumber', { number: track.number });
            this.name.textContent = `${track.number}. ${name}`;
            this.volume.setLabel(t('remote.volumeOf', { name }));
            this.pan.setLabel(t('remote.panOf', { name }));
            const words = { mute: t('remote.muteOf', { name }), solo: t('remote.soloOf', { name }), arm: t('remote.armOf', { name }) };
            for (const [key, button] of Object.entries(this.toggles)) {
                button.querySelector('.toggle-words')!.textContent = words[key as keyof typeof words];
                button.title = words[key as keyof typeof words];
            }
        }
        // CSSOM writes (allowed by the Content-Security-Policy); only a well-formed colour is used.
        this.swatch.style.backgroundColor = cssColor(track.color) ?? '';
        this.meterFill.style.transform = `scaleX(${clamp(track.meter, 0, 1)})`;
        this.volume.set(track.volume, track.volumeText, online);
        this.pan.set(track.pan, track.panText, online);
        for (const key of ['mute', 'solo', 'arm'] as const) {
            this.toggles[key].setAttribute('aria-pressed', String(track[key]));
            this.toggles[key].disabled = !online;
        }
    }

    private send(change: TrackChange): boolean {
        if (!this.track) return false;
        return this.ctx.session.track(this.track.number, change);
    }
}

/** A labelled range input that sends while it moves (throttled) and ignores echoes while held. */
class SliderControl {
    readonly wrap: HTMLDivElement;
    private readonly input: HTMLInputElement;
    private readonly label: HTMLLabelElement;
    private readonly readout = h('span', { class: 'readout' });
    private heldUntil = 0;
    private lastSent = 0;
    private timer: ReturnType<typeof setTimeout> | null = null;

    /** shortName is shown; setLabel() gives the full name (with the track) that screen readers read. */
    constructor(shortName: string, range: { min: number; max: number; step: number }, private readonly onMove: (value: number) => boolean) {
        const id = uid('slider');
        this.input = h('input', { attrs: { id, type: 'range', min: range.min, max: range.max, step: range.step } });
        this.label = h('label', { class: 'sr-only', attrs: { for: id } });
        this.wrap = h('div', { class: 'slider' },
            h('span', { class: 'slider-name', attrs: { 'aria-hidden': 'true' } }, shortName),
            this.label, this.input, this.readout);
        this.input.addEventListener('input', () => this.moved());
        this.input.addEventListener('change', () => this.flush());
    }

    setLabel(text: string): void {
        this.label.textContent = text;
    }

    set(value: number, text: string, enabled: boolean): void {
        this.input.disabled = !enabled;
        if (Date.now() < this.heldUntil) return;
        this.input.value = String(value);
        this.readout.textContent = text;
        this.input.setAttribute('aria-valuetext', text);
    }

    destroy(): void {
        if (this.timer) clearTimeout(this.timer);
    }

    private moved(): void {
        this.heldUntil = Date.now() + holdMs;
        const wait = this.lastSent + sendEveryMs - Date.now();
        if (wait <= 0) this.flush();
        else if (!this.timer) this.timer = setTimeout(() => this.flush(), wait);
    }

    private flush(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        this.heldUntil = Date.now() + holdMs;
        this.lastSent = Date.now();
        this.onMove(Number(this.input.value));
    }
}

function clamp(value: number, min: number, max: number): number {
    return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** "#rrggbb" as is, a 0xRRGGBB number as hex; anything else: no colour. */
export function cssColor(color: string | number | null | undefined): string | null {
    if (typeof color === 'number' && Number.isInteger(color) && color >= 0 && color <= 0xffffff) {
        return `#${color.toString(16).padStart(6, '0')}`;
    }
    if (typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color)) return color;
    return null;
}
