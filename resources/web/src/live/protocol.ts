// The WebSocket messages of docs/API.md ("WebSocket"): one JSON object per text frame.

import type { Permissions, User } from '../api/types';

export interface Room {
    id: number;
    kind: 'room' | 'direct';
    name: string;
    memberIds: number[];
    lastSeq: number;
    unread: number;
}

export interface ChatMessage {
    id: number;
    roomId: number;
    seq: number;
    authorId: number | null;
    authorName: string;
    text: string;
    at: string;
    mentions: number[];
    clientId: string | null;
    /** A deleted message keeps its seq and loses its text. */
    deleted?: boolean;
}

export interface PresenceEntry {
    userId: number;
    displayName: string;
    where: string[];
}

export interface Transport {
    playing: boolean;
    recording: boolean;
    paused: boolean;
    repeat: boolean;
    time: number | string | null;
    beats: number | string | null;
}

export interface ReaperTrack {
    number: number;
    name: string;
    color: string | number | null;
    volume: number;
    volumeText: string;
    pan: number;
    panText: string;
    mute: boolean;
    solo: boolean;
    arm: boolean;
    meter: number;
}

export interface ReaperState {
    connected: boolean;
    transport: Transport;
    /** total: the project's track count, null until REAPER's script has said it (OSC doesn't). */
    bank: { first: number; size: number; total: number | null };
    tracks: ReaperTrack[];
}

export interface WelcomeMessage {
    type: 'welcome';
    me: User;
    bandId: number;
    rooms: Room[];
    presence: PresenceEntry[];
    permissions: Permissions;
    reaper: ReaperState | null;
}
export interface ErrorMessage {
    type: 'error';
    code: string;
    message: string;
    ref?: string | null;
}
export interface PresenceMessage {
    type: 'presence';
    users: PresenceEntry[];
}
export interface ChatRoomMessage {
    type: 'chat.room';
    room: Room;
}
export interface ChatMessageMessage {
    type: 'chat.message';
    message: ChatMessage;
    ref?: string | null;
}
export interface ChatDeletedMessage {
    type: 'chat.deleted';
    roomId: number;
    messageId: number;
    seq: number;
}
export interface ChatPageMessage {
    type: 'chat.page';
    roomId: number | null;
    messages: ChatMessage[];
    complete: boolean;
    ref?: string | null;
}
export interface ReaperStateMessage extends ReaperState {
    type: 'reaper.state';
}

export type ServerMessage =
    | WelcomeMessage | ErrorMessage | PresenceMessage | ChatRoomMessage | ChatMessageMessage
    | ChatDeletedMessage | ChatPageMessage | ReaperStateMessage;

export type ServerMessageType = ServerMessage['type'];

export type TransportAction =
    | 'play' | 'stop' | 'pause' | 'record' | 'rewind' | 'forward' | 'previousMarker' | 'nextMarker';

export interface TrackChange {
    volume?: number;
    pan?: number;
    mute?: boolean;
    solo?: boolean;
    arm?: boolean;
}

export type ClientMessage = { ref?: string } & (
    | { type: 'chat.send'; roomId: number; text: string; clientId: string }
    | { type: 'chat.history'; roomId: number; beforeSeq: number | null; limit: number }
    | { type: 'chat.sync'; since: Record<string, number> }
    | { type: 'chat.search'; query: string; limit: number }
    | { type: 'chat.read'; roomId: number; seq: number }
    | { type: 'chat.delete'; messageId: number }
    | { type: 'chat.createRoom'; name: string }
    | { type: 'chat.direct'; userId: number }
    | { type: 'remote.transport'; action: TransportAction }
    | ({ type: 'remote.track'; number: number } & TrackChange)
    | { type: 'remote.bank'; direction: 'previous' | 'next' }
);

/** Reads one text frame; null for anything that isn't an object with a string type. */
export function parseServerMessage(data: unknown): ServerMessage | null {
    if (typeof data !== 'string') return null;
    try {
        const value: unknown = JSON.parse(data);
        if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') {
            return value as ServerMessage;
        }
    } catch {
        // Ignored below.
    }
    return null;
}
