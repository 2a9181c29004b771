import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, describeError, parseApiError, parseRetryAfter } from '../src/api/ApiError';
import { setLanguage } from '../src/i18n';

afterEach(() => setLanguage('en', false));

describe('API errors', () => {
    it('reads the contract error body: code, message and field', () => {
        const error = parseApiError(400, JSON.stringify({ error: { code: 'invalid_field', message: 'The invite code is not valid.', field: 'inviteCode' } }));
        expect(error.status).toBe(400);
        expect(error.code).toBe('invalid_field');
        expect(error.field).toBe('inviteCode');
        expect(error.serverMessage).toBe('The invite code is not valid.');
    });

    it('makes a code from the status when the body is not ours (a proxy page, an empty body)', () => {
        expect(parseApiError(502, '<html>Bad gateway</html>').code).toBe('server_error');
        expect(parseApiError(401, '').code).toBe('not_signed_in');
        expect(parseApiError(429, 'null').code).toBe('too_many_requests');
    });

    it('reads Retry-After as seconds or as a date', () => {
        expect(parseRetryAfter('120')).toBe(120);
        const now = Date.parse('2026-05-01T10:00:00Z');
        expect(parseRetryAfter('Fri, 01 May 2026 10:01:30 GMT', now)).toBe(90);
        expect(parseRetryAfter('soon')).toBeNull();
        expect(parseRetryAfter(null)).toBeNull();
    });

    it('says what happened in plain words, in the reader\'s language', () => {
        const throttled = parseApiError(429, JSON.stringify({ error: { code: 'too_many_requests', message: 'Too many failed attempts.' } }), '180');
        expect(describeError(throttled)).toBe('Too many attempts. Try again in 3 minutes.');
        expect(describeError(new ApiError(0, 'network', ''))).toMatch(/can’t be reached/);
        expect(describeError(parseApiError(401, JSON.stringify({ error: { code: 'bad_credentials', message: 'x' } })))).toBe('Wrong username or password.');
        setLanguage('fr', false);
        expect(describeError(throttled)).toBe('Trop de tentatives. Réessayez dans 3 minutes.');
        expect(describeError(parseApiError(403, ''))).toBe('Vous n’avez pas le droit de faire cela dans ce groupe.');
    });

    it('keeps the server\'s words for a field problem, and never shows a stack or a raw body', () => {
        const field = parseApiError(400, JSON.stringify({ error: { code: 'invalid_field', message: 'The password needs at least 8 characters.', field: 'password' } }));
        expect(describeError(field)).toBe('The password needs at least 8 characters.');
        expect(describeError(parseApiError(500, 'Traceback: segfault at 0x0'))).not.toMatch(/Traceback|0x0/);
        expect(describeError(new TypeError('boom'))).toBe('Something went wrong. Try again.');
    });
});
