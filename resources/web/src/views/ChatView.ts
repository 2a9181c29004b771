// Chat: the rooms and direct conversations (with unread counts and who is online), a search of the
// history, and one room's messages with paging back, sending, deleting. On a phone the list and the
// room are two screens (#/chat and #/chat/<id>); on a wide screen they sit side by side.

import { handlesOf } from '../chat/mentions';
import { hitPlace, maxQuery, searchStatus } from '../chat/search';
import type { AppContext, View } from '../app/AppContext';
import { t } from '../i18n';
import type { MessagesChange } from '../live/LiveSession';
import type { ChatMessage, Room } from '../live/protocol';
import { h, replaceChildren, uid } from '../util/dom';
import { unreadBadge } from './badge';
import { renderMessage, renderPending, renderSearchHit, type MessageContext } from './chatMessage';

const drafts = new Map<number, string>();
const maxText = 4000;

export class ChatView implements View {
    readonly el: HTMLElement;
    readonly title: string;
    private readonly roomList = h('ul', { class: 'room-list' });
    private readonly directList = h('ul', { class: 'room-list' });
    private readonly online = h('p', { class: 'online-now' });
    private readonly searchInput: HTMLInputElement;
    private readonly searchSummary = h('p', { class: 'search-status muted', attrs: { role: 'status', hidden: true } });
    private readonly searchHits = h('ol', { class: 'search-hits', attrs: { 'aria-label': t('chat.searchResults'), hidden: true } });
    private readonly offs: (() => void)[] = [];
    private room: RoomPane | null = null;

    constructor(private readonly ctx: AppContext, private readonly roomId: number | null) {
        this.title = t('chat.title');
        const newRoomId = uid('new-room');
        const newRoomInput = h('input', { attrs: { id: newRoomId, maxlength: 40, autocomplete: 'off', required: true } });
        const newRoom = h('form', { class: 'inline-form', on: { submit: (e: Event) => {
            e.preventDefault();
            const name = newRoomInput.value.trim();
            if (!name) return;
            if (this.ctx.session.createRoom(name)) newRoomInput.value = '';
        } } },
            h('label', { attrs: { for: newRoomId } }, t('chat.newRoom')),
            h('div', { class: 'inline-row' }, newRoomInput, h('button', { class: 'button', attrs: { type: 'submit' } }, t('chat.create'))),
        );
        const searchId = uid('chat-search');
        this.searchInput = h('input', { attrs: { id: searchId, type: 'search', maxlength: maxQuery, autocomplete: 'off', enterkeyhint: 'search' } });
        this.searchInput.value = ctx.session.search.query ?? '';
        // Emptied (typed away or with the field's own clear button): the results go too.
        this.searchInput.addEventListener('input', () => {
            if (!this.searchInput.value.trim() && ctx.session.search.query !== null) ctx.session.searchChat('');
        });
        const search = h('form', { class: 'inline-form chat-search', attrs: { role: 'search' }, on: { submit: (e: Event) => {
            e.preventDefault();
            ctx.session.searchChat(this.searchInput.value);
        } } },
            h('label', { attrs: { for: searchId } }, t('chat.search')),
            h('div', { class: 'inline-row' }, this.searchInput, h('button', { class: 'button', attrs: { type: 'submit' } }, t('chat.searchButton'))),
        );
        const listPane = h('div', { class: 'rooms-pane' },
            h('h1', { attrs: { tabindex: -1 } }, t('chat.title')),
            this.online,
            search,
            this.searchSummary,
            this.searchHits,
            h('section', { attrs: { 'aria-labelledby': 'rooms-heading' } },
                h('h2', { attrs: { id: 'rooms-heading' } }, t('chat.rooms')), this.roomList, newRoom),
            h('section', { attrs: { 'aria-labelledby': 'direct-heading' } },
                h('h2', { attrs: { id: 'direct-heading' } }, t('chat.direct')), this.directList),
        );
        this.el = h('section', { class: roomId === null ? 'chat' : 'chat has-room' }, listPane);
        if (roomId !== null) {
            this.room = new RoomPane(ctx, roomId);
            this.el.appendChild(this.room.el);
        } else {
            this.el.appendChild(h('div', { class: 'room-pane room-empty' }, h('p', { class: 'muted' }, t('chat.pickRoom'))));
        }

        const session = ctx.session;
        this.offs.push(
            session.on('rooms', () => this.renderLists()),
            session.on('presence', () => this.renderLists()),
            ctx.onMembers(() => this.renderLists()),
            session.on('roomReady', (id) => ctx.navigate(`#/chat/${id}`)),
            session.on('search', () => this.renderSearch()),
        );
        if (this.room) {
            const room = this.room;
            this.offs.push(
                session.on('messages', (change) => room.onMessages(change)),
                session.on('outbox', (id) => { if (id === room.roomId) room.renderMessages(false); }),
                session.on('rooms', () => room.renderHeader()),
                session.on('presence', () => room.renderHeader()),
                session.on('state', () => room.renderState()),
                ctx.onMembers(() => room.renderHeader()),
            );
        }
        this.renderLists();
        this.renderSearch();
        session.openRoom(roomId);
    }

    destroy(): void {
        for (const off of this.offs) off();
        this.room?.destroy();
        this.ctx.session.openRoom(null);
    }

    private renderLists(): void {
        const session = this.ctx.session;
        const rooms = [...session.rooms.values()];
        const named = rooms.filter((r) => r.kind === 'room').sort((a, b) => a.name.localeCompare(b.name));
        replaceChildren(this.roomList, named.length
            ? named.map((room) => this.roomLink(room, h('span', { class: 'room-hash', attrs: { 'aria-hidden': 'true' } }, '#'), room.name))
            : h('li', { class: 'muted' }, session.state === 'online' ? t('chat.noRooms') : t('common.loading')));

        const onlineIds = new Set(session.presence.map((p) => p.userId));
        const me = this.ctx.me.user.id;
        const people = new Map<number, string>();
        for (const m of this.ctx.members()) if (m.id !== me) people.set(m.id, m.nickname || m.displayName);
        // Someone who joined after the members list was loaded shows up in presence first.
        for (const p of session.presence) if (p.userId !== me && !people.has(p.userId)) people.set(p.userId, p.displayName);
        for (const room of rooms) {
            if (room.kind !== 'direct') continue;
            const other = room.memberIds.find((id) => id !== me);
            if (other !== undefined && !people.has(other)) people.set(other, nameOf(this.ctx, other));
        }
        const sorted = [...people.entries()].sort((a, b) => a[1].localeCompare(b[1]));
        replaceChildren(this.directList, sorted.length
            ? sorted.map(([userId, name]) => {
                const dot = h('span', { class: onlineIds.has(userId) ? 'presence-dot online' : 'presence-dot', attrs: { 'aria-hidden': 'true' } });
                const label = [dot, name, onlineIds.has(userId) ? h('span', { class: 'sr-only' }, ` (${t('presence.online')})`) : null];
                const room = session.directRoomWith(userId);
                if (room) return this.roomLink(room, ...label);
                return h('li', null, h('button', {
                    class: 'room-link',
                    attrs: { type: 'button' },
                    on: { click: () => {
                        const id = session.openDirect(userId);
                        if (id !== null) this.ctx.navigate(`#/chat/${id}`);
                    } },
                }, label));
            })
            : h('li', { class: 'muted' }, t('chat.noMembers')));

        const here = session.presence.filter((p) => p.userId !== me);
        replaceChildren(this.online, here.length
            ? [h('span', { class: 'online-label' }, t('presence.onlineNow')), ' ', here.map((p, i) => [
                i > 0 ? ', ' : '',
                h('span', { class: 'online-name' }, p.displayName),
                ' ',
                h('span', { class: 'muted' }, `(${p.where.map(whereWord).join(', ')})`),
            ])]
            : t('presence.nobody'));
    }

    /** The search's state, then its hits: where, who, when and the text (as text, never markup). */
    private renderSearch(): void {
        const search = this.ctx.session.search;
        const hits = search.results ?? [];
        const status = searchStatus(search);
        this.searchSummary.textContent = status;
        this.searchSummary.hidden = status === '';
        this.searchSummary.classList.toggle('error', search.error !== null);
        const me = this.ctx.me.user.id;
        replaceChildren(this.searchHits, hits.map((m) => renderSearchHit(m,
            hitPlace(this.ctx.session.rooms.get(m.roomId), me, (id) => nameOf(this.ctx, id), t('chat.aConversation')), me)));
        this.searchHits.hidden = hits.length === 0;
    }

    private roomLink(room: Room, ...label: (Node | string | null)[]): HTMLLIElement {
        const current = room.id === this.roomId;
        return h('li', null, h('a', {
            class: 'room-link',
            attrs: { href: `#/chat/${room.id}`, 'aria-current': current ? 'page' : null },
        }, label, unreadBadge(current ? 0 : room.unread)));
    }
}

/** One room: header, the scrolling message list and the composer. */
class RoomPane {
    readonly el: HTMLElement;
    private readonly heading = h('h2', { attrs: { tabindex: -1, 'data-autofocus': true } });
    private readonly subtitle = h('p', { class: 'room-sub muted' });
    private readonly scroller = h('div', { class: 'messages' });
    private readonly list = h('ol', { class: 'message-list', attrs: { 'aria-label': t('chat.messages') } });
    private readonly top = h('div', { class: 'messages-top' });
    private readonly jump: HTMLButtonElement;
    private readonly input: HTMLTextAreaElement;
    private readonly stateLine = h('p', { class: 'composer-state', attrs: { hidden: true } });
    private readonly messageContext: MessageContext;
    /** The element of each message (m<seq>) and pending message (p<clientId>), redrawn only when it changes. */
    private readonly items = new Map<string, { el: HTMLElement; signature: string }>();
    private firstRender = true;
    private sentJustNow = false;

    constructor(private readonly ctx: AppContext, readonly roomId: number) {
        const me = ctx.me.user;
        this.messageContext = {
            meId: me.id,
            myHandles: handlesOf(me.username, me.displayName),
            moderator: me.role === 'admin' || me.role === 'moderator',
            onDelete: (message) => this.confirmDelete(message),
            onRetry: (pending) => ctx.session.retryPending(pending.clientId),
            onDiscard: (pending) => ctx.session.discardPending(pending.clientId),
        };
        this.jump = h('button', { class: 'jump button', attrs: { type: 'button', hidden: true }, on: { click: () => this.scrollToEnd() } }, t('chat.newBelow'));
        const inputId = uid('composer');
        this.input = h('textarea', { attrs: { id: inputId, rows: 1, maxlength: maxText, enterkeyhint: 'send', placeholder: t('chat.placeholder') } });
        this.input.value = drafts.get(roomId) ?? '';
        this.input.addEventListener('input', () => {
            drafts.set(roomId, this.input.value);
            this.fitInput();
        });
        this.input.addEventListener('keydown', (e) => {
            const touch = window.matchMedia('(pointer: coarse)').matches;
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && !touch) {
                e.preventDefault();
                this.submit();
            }
        });
        const composer = h('form', { class: 'composer', on: { submit: (e: Event) => { e.preventDefault(); this.submit(); } } },
            h('label', { class: 'sr-only', attrs: { for: inputId, id: `${inputId}-label` } }),
            this.input,
            h('button', { class: 'button primary', attrs: { type: 'submit' } }, t('chat.send')),
        );
        this.scroller.append(this.top, this.list);
        this.scroller.addEventListener('scroll', () => {
            if (this.atBottom()) this.jump.hidden = true;
            if (this.scroller.scrollTop < 40) this.ctx.session.loadEarlier(this.roomId);
        });
        this.el = h('div', { class: 'room-pane' },
            h('header', { class: 'room-header' },
                h('a', { class: 'back-link', attrs: { href: '#/chat' } }, h('span', { attrs: { 'aria-hidden': 'true' } }, '‹'), t('chat.backToRooms')),
                this.heading, this.subtitle),
            this.scroller,
            this.jump,
            this.stateLine,
            composer,
        );
        this.renderHeader();
        this.renderState();
        this.renderMessages(false);
        // Messages already known were laid out before the pane was on the page: go to the newest.
        requestAnimationFrame(() => {
            this.fitInput();
            this.scrollToEnd();
        });
    }

    destroy(): void {}

    renderHeader(): void {
        const room = this.ctx.session.rooms.get(this.roomId);
        const label = this.el.querySelector('.composer label');
        if (!room) {
            this.heading.textContent = this.ctx.session.state === 'online' ? t('chat.noSuchRoom') : t('common.loading');
            this.subtitle.textContent = '';
            return;
        }
        const me = this.ctx.me.user.id;
        if (room.kind === 'direct') {
            const other = room.memberIds.find((id) => id !== me) ?? me;
            const name = nameOf(this.ctx, other);
            this.heading.textContent = name;
            const online = this.ctx.session.presence.some((p) => p.userId === other);
            this.subtitle.textContent = online ? t('presence.online') : t('presence.offline');
            if (label) label.textContent = t('chat.messageTo', { name });
        } else {
            this.heading.textContent = `# ${room.name}`;
            this.subtitle.textContent = t('chat.roomSub');
            if (label) label.textContent = t('chat.messageTo', { name: `#${room.name}` });
        }
    }

    renderState(): void {
        const state = this.ctx.session.state;
        const offline = state !== 'online';
        this.stateLine.hidden = !offline;
        this.stateLine.textContent = offline ? t('chat.offlineQueued') : '';
    }

    onMessages(change: MessagesChange): void {
        if (change.roomId !== this.roomId) return;
        this.renderMessages(change.live);
        if (change.live) {
            for (const m of change.added) {
                if (m.authorId !== this.ctx.me.user.id && !m.deleted) {
                    this.ctx.announce(t('chat.announce', { author: m.authorName, text: m.text }));
                }
            }
        }
    }

    renderMessages(live: boolean): void {
        const store = this.ctx.session.store;
        const messages = store.messages(this.roomId);
        const pending = store.pending(this.roomId);
        const wasAtBottom = this.atBottom();
        const oldFirst = this.list.firstElementChild;
        const oldHeight = this.scroller.scrollHeight;
        const oldTop = this.scroller.scrollTop;

        const wanted: HTMLElement[] = [];
        const keep = new Set<string>();
        const use = (key: string, signature: string, make: () => HTMLElement) => {
            keep.add(key);
            let item = this.items.get(key);
            if (!item || item.signature !== signature) {
                item = { el: make(), signature };
                this.items.set(key, item);
            }
            wanted.push(item.el);
        };
        for (const m of messages) use(`m${m.seq}`, m.deleted ? 'deleted' : 'shown', () => renderMessage(m, this.messageContext));
        for (const p of pending) use(`p${p.clientId}`, p.error ?? '', () => renderPending(p, this.messageContext));
        for (const key of [...this.items.keys()]) if (!keep.has(key)) this.items.delete(key);
        // Move only what's out of place, so focus (a Delete button) survives an update.
        wanted.forEach((el, i) => {
            const current = this.list.children[i];
            if (current !== el) this.list.insertBefore(el, current ?? null);
        });
        while (this.list.children.length > wanted.length) this.list.lastElementChild?.remove();

        this.renderTop(messages.length);
        const prepended = oldFirst !== null && this.list.firstElementChild !== oldFirst && !this.firstRender;
        if (this.firstRender || wasAtBottom || this.sentJustNow) {
            this.scrollToEnd();
        } else if (prepended) {
            this.scroller.scrollTop = oldTop + (this.scroller.scrollHeight - oldHeight);
        } else if (live) {
            this.jump.hidden = false;
        }
        this.firstRender = messages.length === 0 && pending.length === 0;
        this.sentJustNow = false;
    }

    private renderTop(count: number): void {
        const session = this.ctx.session;
        if (session.store.historyComplete(this.roomId)) {
            replaceChildren(this.top, h('p', { class: 'muted history-start' }, count ? t('chat.historyStart') : t('chat.empty')));
        } else {
            const loading = session.isLoadingHistory(this.roomId);
            replaceChildren(this.top, h('button', {
                class: 'button subtle',
                attrs: { type: 'button', disabled: loading },
                on: { click: () => session.loadEarlier(this.roomId) },
            }, loading ? t('common.loading') : t('chat.loadEarlier')));
        }
    }

    private submit(): void {
        const text = this.input.value.trim();
        if (!text) return;
        if (text.length > maxText) {
            this.ctx.notify(t('chat.tooLong', { max: maxText }));
            return;
        }
        this.sentJustNow = true;
        if (this.ctx.session.sendText(this.roomId, text)) {
            this.input.value = '';
            drafts.delete(this.roomId);
            this.fitInput();
        }
        this.input.focus();
    }

    private confirmDelete(message: ChatMessage): void {
        if (window.confirm(t('chat.confirmDelete'))) this.ctx.session.deleteMessage(message.id);
    }

    private atBottom(): boolean {
        const s = this.scroller;
        return s.scrollHeight - s.scrollTop - s.clientHeight < 48;
    }

    private scrollToEnd(): void {
        this.scroller.scrollTop = this.scroller.scrollHeight;
        this.jump.hidden = true;
    }

    private fitInput(): void {
        // CSSOM, not a style attribute: allowed by the Content-Security-Policy.
        this.input.style.height = 'auto';
        this.input.style.height = `${Math.min(this.input.scrollHeight + 2, 160)}px`;
    }
}

function whereWord(where: string): string {
    if (where === 'desktop') return t('presence.desktop');
    if (where === 'browser') return t('presence.browser');
    return where;
}

/** A member's name from the members list, else from presence, else a neutral word. */
function nameOf(ctx: AppContext, userId: number): string {
    const member = ctx.members().find((m) => m.id === userId);
    if (member) return member.nickname || member.displayName;
    const present = ctx.session.presence.find((p) => p.userId === userId);
    return present?.displayName ?? t('chat.member');
}
