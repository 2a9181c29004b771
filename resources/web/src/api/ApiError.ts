// Turning failed requests into plain words. The server's own message is plain English; where we
// know the code we say it in the user's language, and we never show a raw status or stack.

import { t, tn } from '../i18n';

/** A failed API call: HTTP status (0 when the server couldn't be reached), code, field. */
export class ApiError extends Error {
    constructor(
        readonly status: number,
        readonly code: string,
        readonly serverMessage: string,
        readonly field: string | null = null,
        readonly retryAfterSecs: number | null = null,
    ) {
        super(serverMessage || code);
        this.name = 'ApiError';
    }

    get unreachable(): boolean {
        return this.status === 0;
    }
}

/** Reads Retry-After: seconds, or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
    if (!header) return null;
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Builds the ApiError for a non-2xx answer from its status, body text and Retry-After header.
 * The body should be `{"error": {"code", "message", "field"?}}`, but a proxy or a crash may send
 * anything: then the code is made from the status.
 */
export function parseApiError(status: number, bodyText: string, retryAfter: string | null = null): ApiError {
    let code = '';
    let message = '';
    let field: string | null = null;
    try {
        const body: unknown = JSON.parse(bodyText);
        const error = (body as { error?: unknown } | null)?.error;
        if (error && typeof error === 'object') {
            const e = error as Record<string, unknown>;
            if (typeof e.code === 'string') code = e.code;
            if (typeof e.message === 'string') message = e.message;
            if (typeof e.field === 'string') field = e.field;
        }
    } catch {
        // Not JSON: keep the defaults.
    }
    if (!code) code = codeForStatus(status);
    return new ApiError(status, code, message, field, parseRetryAfter(retryAfter));
}

function codeForStatus(status: number): string {
    switch (status) {
        case 400: return 'invalid_field';
        case 401: return 'not_signed_in';
        case 403: return 'forbidden';
        case 404: return 'not_found';
        case 409: return 'conflict';
        case 413: return 'body_too_large';
        case 429: return 'too_many_requests';
        case 503: return 'busy';
        default: return status >= 500 ? 'server_error' : 'unknown';
    }
}

/** "in 45 seconds" / "in 3 minutes", rounded up to whole minutes past a minute. */
function waitPhrase(seconds: number): string {
    if (seconds < 60) return tn('error.waitSeconds', Math.max(1, seconds));
    return tn('error.waitMinutes', Math.ceil(seconds / 60));
}

/**
 * What to tell the user about an error, in their language. Field errors and conflicts keep the
 * server's words (they name the exact problem, like a too-short password) when it gave some.
 */
export function describeError(error: unknown): string {
    if (!(error instanceof ApiError)) return t('error.unexpected');
    switch (error.code) {
        case 'network':
            return t('error.unreachable');
        case 'bad_credentials':
            return t('error.badCredentials');
        case 'too_many_requests':
            return error.retryAfterSecs !== null
                ? t('error.tooManyWait', { wait: waitPhrase(error.retryAfterSecs) })
                : error.serverMessage || t('error.tooMany');
        case 'not_signed_in':
            return t('error.notSignedIn');
        case 'forbidden':
            return t('error.forbidden');
        case 'bad_origin':
            return t('error.badOrigin');
        case 'not_found':
            return t('error.notFound');
        case 'body_too_large':
            return t('error.tooLarge');
        case 'busy':
            return t('error.busy');
        case 'invalid_field':
            if (error.field === 'inviteCode') return t('error.badInvite');
            return error.serverMessage || t('error.invalid');
        case 'conflict':
            return error.serverMessage || t('error.conflict');
        case 'server_error':
            return t('error.server');
        default:
            return error.serverMessage || t('error.unexpectedStatus', { status: error.status });
    }
}
