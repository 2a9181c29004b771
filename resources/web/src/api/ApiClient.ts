// One method per HTTP route of docs/API.md. Every failure becomes an ApiError (status 0, code
// "network" when the studio computer can't be reached).

import { ApiError, parseApiError } from './ApiError';
import type {
    Answer, BandEvent, CalendarFeed, Gig, GigSummary, Me, Member, NewSuggestion, Registration,
    SessionInfo, Song, Suggestion,
} from './types';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class ApiClient {
    constructor(private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init)) {}

    async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
        const init: RequestInit = {
            method,
            credentials: 'same-origin',
            headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            cache: 'no-store',
        };
        let response: Response;
        try {
            response = await this.fetchImpl(path, init);
        } catch {
            throw new ApiError(0, 'network', '');
        }
        const text = await response.text().catch(() => '');
        if (!response.ok) throw parseApiError(response.status, text, response.headers.get('Retry-After'));
        if (response.status === 204 || text === '') return undefined as T;
        try {
            return JSON.parse(text) as T;
        } catch {
            throw new ApiError(response.status, 'invalid_json', '');
        }
    }

    // Accounts
    login(username: string, password: string): Promise<Me> {
        return this.request('POST', '/api/login', { username, password });
    }
    logout(): Promise<void> {
        return this.request('POST', '/api/logout');
    }
    register(registration: Registration): Promise<Me> {
        return this.request('POST', '/api/register', registration);
    }
    me(): Promise<Me> {
        return this.request('GET', '/api/me');
    }
    sessions(): Promise<SessionInfo[]> {
        return this.request('GET', '/api/sessions');
    }
    endSession(id: number): Promise<void> {
        return this.request('DELETE', `/api/sessions/${id}`);
    }

    // Band data
    members(bandId: number): Promise<Member[]> {
        return this.request('GET', `/api/bands/${bandId}/members`);
    }
    songs(bandId: number, query = ''): Promise<Song[]> {
        const q = query.trim() ? `?q=${encodeURIComponent(query.trim())}` : '';
        return this.request('GET', `/api/bands/${bandId}/songs${q}`);
    }
    setMastery(songId: number, level: number): Promise<Song> {
        return this.request('PUT', `/api/songs/${songId}/mastery`, { level });
    }
    suggestions(bandId: number): Promise<Suggestion[]> {
        return this.request('GET', `/api/bands/${bandId}/suggestions`);
    }
    addSuggestion(bandId: number, suggestion: NewSuggestion): Promise<Suggestion> {
        return this.request('POST', `/api/bands/${bandId}/suggestions`, suggestion);
    }
    vote(suggestionId: number, vote: boolean): Promise<Suggestion> {
        return this.request('PUT', `/api/suggestions/${suggestionId}/vote`, { vote });
    }
    events(bandId: number, from: string, to: string): Promise<BandEvent[]> {
        return this.request('GET', `/api/bands/${bandId}/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    }
    answer(eventId: number, answer: Answer): Promise<BandEvent> {
        return this.request('PUT', `/api/events/${eventId}/answer`, { answer });
    }
    calendarFeed(bandId: number): Promise<CalendarFeed> {
        return this.request('GET', `/api/bands/${bandId}/calendar-feed`);
    }
    gigs(bandId: number): Promise<GigSummary[]> {
        return this.request('GET', `/api/bands/${bandId}/gigs`);
    }
    gig(gigId: number): Promise<Gig> {
        return this.request('GET', `/api/gigs/${gigId}`);
    }
}
