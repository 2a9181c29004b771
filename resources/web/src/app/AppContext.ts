import type { ApiClient } from '../api/ApiClient';
import type { BandRef, Me, Member } from '../api/types';
import type { LiveSession } from '../live/LiveSession';

/** What a view of the signed-in app may use. Owned by App; lives as long as the sign-in. */
export interface AppContext {
    api: ApiClient;
    me: Me;
    band: BandRef;
    session: LiveSession;
    /** The band's members (loaded once after sign-in; empty until then). */
    members(): Member[];
    /** Called when the members list arrives or changes; returns the unsubscribe function. */
    onMembers(listener: () => void): () => void;
    navigate(hash: string): void;
    /** Read out by screen readers (polite), nothing visible. */
    announce(text: string): void;
    /** A short visible message (and read out). */
    notify(text: string): void;
    signOut(): Promise<void>;
    switchBand(bandId: number): void;
}

/** A screen of the app: its element, what to tell the document title, and clean-up. */
export interface View {
    readonly el: HTMLElement;
    readonly title: string;
    destroy(): void;
}
