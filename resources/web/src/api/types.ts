// The shapes of docs/API.md's HTTP answers. Ids are the database's integer ids.

export interface User {
    id: number;
    username: string;
    displayName: string;
    role: string;
}

export interface BandRef {
    id: number;
    name: string;
    roleInBand: string;
}

export interface Permissions {
    remote: boolean;
}

/** GET /api/me, and the answer to login and register. */
export interface Me {
    user: User;
    bands: BandRef[];
    currentBandId: number | null;
    permissions: Permissions;
}

export interface SessionInfo {
    id: number;
    device: string;
    createdAt: string;
    lastSeen: string;
    expiresAt: string;
    current: boolean;
}

export interface Member {
    id: number;
    displayName: string;
    nickname: string | null;
    instrument: string | null;
    roleInBand: string;
}

export interface Song {
    id: number;
    title: string;
    artist: string | null;
    key: string | null;
    tempo: number | null;
    durationSecs: number | null;
    notes: string | null;
    myMastery: number | null;
    bandMastery: number | null;
}

export interface Suggestion {
    id: number;
    title: string;
    artist: string | null;
    link: string | null;
    note: string | null;
    authorName: string;
    votes: number;
    votedByMe: boolean;
    promotedSongId: number | null;
}

export interface NewSuggestion {
    title: string;
    artist: string;
    link: string;
    note: string;
}

export type Answer = 'yes' | 'no' | 'maybe';
export const answers: readonly Answer[] = ['yes', 'maybe', 'no'];

export interface BandEvent {
    id: number;
    title: string;
    startsAt: string;
    durationMin: number | null;
    place: string | null;
    replyBy: string | null;
    myAnswer: Answer | null;
    yes: number;
    no: number;
    maybe: number;
}

export interface CalendarFeed {
    url: string;
}

export interface GigSummary {
    id: number;
    title: string;
    date: string;
    venue: string | null;
    totalSecs: number | null;
}

export interface SetlistItem {
    position: number;
    songId: number | null;
    title: string | null;
    durationSecs: number | null;
    breakMinutes: number | null;
    note: string | null;
}

export interface Gig extends GigSummary {
    items: SetlistItem[];
}

export interface Registration {
    username: string;
    displayName: string;
    password: string;
    inviteCode: string;
}
