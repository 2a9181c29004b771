// Hash routes: the server serves the same index.html for "/", so the view lives after "#".

export type BandTab = 'songs' | 'suggestions' | 'calendar' | 'gigs';
export const bandTabs: readonly BandTab[] = ['songs', 'suggestions', 'calendar', 'gigs'];

export type Route =
    | { name: 'chat'; roomId: number | null }
    | { name: 'band'; tab: BandTab; gigId: number | null }
    | { name: 'remote' }
    | { name: 'account' };

function id(text: string | undefined): number | null {
    return text && /^\d+$/.test(text) ? Number(text) : null;
}

export function parseRoute(hash: string): Route {
    const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
    switch (parts[0]) {
        case 'band': {
            const tab = (bandTabs as readonly string[]).includes(parts[1] ?? '') ? (parts[1] as BandTab) : 'songs';
            return { name: 'band', tab, gigId: tab === 'gigs' ? id(parts[2]) : null };
        }
        case 'remote':
            return { name: 'remote' };
        case 'account':
            return { name: 'account' };
        default:
            return { name: 'chat', roomId: parts[0] === 'chat' ? id(parts[1]) : null };
    }
}

export function routeHash(route: Route): string {
    switch (route.name) {
        case 'chat': return route.roomId === null ? '#/chat' : `#/chat/${route.roomId}`;
        case 'band': return route.gigId === null ? `#/band/${route.tab}` : `#/band/gigs/${route.gigId}`;
        case 'remote': return '#/remote';
        case 'account': return '#/account';
    }
}
