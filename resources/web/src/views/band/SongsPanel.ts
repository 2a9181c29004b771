// The band's songs with a search box, and the member's own mastery of each (0 to 10).

import { describeError } from '../../api/ApiError';
import type { Song } from '../../api/types';
import type { AppContext } from '../../app/AppContext';
import { t, tn } from '../../i18n';
import { formatDuration } from '../../util/format';
import { h, replaceKeepingFocus, uid } from '../../util/dom';
import type { Panel } from '../BandView';
import { Loader } from '../Loader';

export class SongsPanel implements Panel {
    readonly el: HTMLElement;
    private readonly results = h('div', { class: 'results', attrs: { 'aria-live': 'polite' } });
    private readonly loader: Loader<Song[]>;
    private query = '';
    private searchTimer: ReturnType<typeof setTimeout> | null = null;
    private readonly saveTimers = new Map<number, ReturnType<typeof setTimeout>>();

    constructor(private readonly ctx: AppContext) {
        const searchId = uid('song-search');
        const search = h('input', { attrs: { id: searchId, type: 'search', autocomplete: 'off', enterkeyhint: 'search' } });
        search.addEventListener('input', () => {
            if (this.searchTimer) clearTimeout(this.searchTimer);
            this.searchTimer = setTimeout(() => {
                this.query = search.value.trim();
                this.loader.load(false);
            }, 250);
        });
        this.el = h('div', { class: 'panel' },
            h('h2', null, t('band.songs')),
            h('div', { class: 'field search-field' }, h('label', { attrs: { for: searchId } }, t('songs.search')), search),
            this.results,
        );
        this.loader = new Loader(this.results, () => ctx.api.songs(ctx.band.id, this.query), (songs) => this.renderSongs(songs));
        this.loader.load();
    }

    destroy(): void {
        this.loader.cancel();
        if (this.searchTimer) clearTimeout(this.searchTimer);
        for (const timer of this.saveTimers.values()) clearTimeout(timer);
    }

    private renderSongs(songs: Song[]): Node {
        if (songs.length === 0) {
            return h('p', { class: 'muted' }, this.query ? t('songs.noMatch', { query: this.query }) : t('songs.none'));
        }
        return h('ul', { class: 'cards', attrs: { 'aria-label': tn('songs.count', songs.length) } }, songs.map((song) => this.songItem(song)));
    }

    private songItem(song: Song): HTMLLIElement {
        const meta = [
            song.key ? t('songs.key', { key: song.key }) : null,
            song.tempo ? t('songs.tempo', { tempo: song.tempo }) : null,
            song.durationSecs ? formatDuration(song.durationSecs) : null,
        ].filter((x): x is string => x !== null);
        const rangeId = uid('mastery');
        const outputId = `${rangeId}-value`;
        const level = song.myMastery;
        const output = h('output', { attrs: { id: outputId, for: rangeId } }, masteryWords(level));
        const range = h('input', {
            attrs: {
                id: rangeId, type: 'range', min: 0, max: 10, step: 1, value: level ?? 0,
                'aria-valuetext': masteryWords(level), 'data-focus-key': 'mastery',
            },
        });
        range.addEventListener('input', () => {
            const value = Number(range.value);
            output.textContent = masteryWords(value);
            range.setAttribute('aria-valuetext', masteryWords(value));
        });
        range.addEventListener('change', () => this.saveMastery(song, Number(range.value), item));
        const item = h('li', { class: 'card song' },
            h('h3', null, song.title),
            song.artist ? h('p', { class: 'muted' }, song.artist) : null,
            meta.length ? h('p', { class: 'meta' }, meta.join(' · ')) : null,
            h('div', { class: 'mastery' },
                h('label', { attrs: { for: rangeId } }, t('songs.myMastery')),
                h('div', { class: 'mastery-row' }, range, output),
                song.bandMastery !== null && song.bandMastery !== undefined
                    ? h('p', { class: 'muted small' }, t('songs.bandMastery', { level: formatLevel(song.bandMastery) }))
                    : null,
            ),
            song.notes ? h('details', { class: 'notes' }, h('summary', null, t('songs.notes')), h('p', { class: 'pre' }, song.notes)) : null,
        );
        return item;
    }

    /** Saves after the slider rests a moment (arrow keys fire a change per step). */
    private saveMastery(song: Song, level: number, item: HTMLLIElement): void {
        const pending = this.saveTimers.get(song.id);
        if (pending) clearTimeout(pending);
        this.saveTimers.set(song.id, setTimeout(() => {
            this.saveTimers.delete(song.id);
            this.ctx.api.setMastery(song.id, level).then(
                (saved) => {
                    if (item.isConnected) replaceKeepingFocus(item, this.songItem(saved));
                    this.ctx.announce(t('songs.saved', { title: song.title, level }));
                },
                (error: unknown) => {
                    this.ctx.notify(describeError(error));
                    if (item.isConnected) replaceKeepingFocus(item, this.songItem(song));
                },
            );
        }, 400));
    }
}

function formatLevel(level: number): string {
    return Number.isInteger(level) ? String(level) : level.toFixed(1);
}

function masteryWords(level: number | null): string {
    return level === null ? t('songs.notRated') : t('songs.outOfTen', { level: formatLevel(level) });
}
