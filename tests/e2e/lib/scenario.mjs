// One scenario: a studio of its own (lib/studio.mjs), one headless Chromium, and phones opened on
// demand. Steps run in order and tell a story; once one fails the rest are skipped (they would
// only fail for the same reason), the failing step's message carries what the studio's programs
// said, and every phone's screen is saved as FAILED-<scenario>-<phone>.png.

import { after, before, describe, it } from 'node:test';
import { Phone, launchBrowser } from './phone.mjs';
import { Studio } from './studio.mjs';

/** The desktop user: in real use Alice is signed in at the studio computer (see README.md). */
export const alice = { username: 'alice', displayName: 'Alice' };
export const bob = { username: 'bob', displayName: 'Bob', password: 'bob-drums-since-1998' };
export const carol = { username: 'carol', displayName: 'Carol', password: 'carol-sings-alto-7' };

export function scenario(title, name, define) {
    describe(title, { timeout: 240_000 }, () => {
        const ctx = {
            studio: null,
            browser: null,
            phones: [],
            failed: false,
            /** A new phone on this studio. */
            async phone(who) {
                const phone = await Phone.open(ctx.browser, ctx.studio, who);
                ctx.phones.push(phone);
                return phone;
            },
        };
        before(async () => {
            ctx.studio = await Studio.start(name);
            ctx.browser = await launchBrowser();
        });
        after(async () => {
            for (const phone of ctx.phones) await phone.close().catch(() => {});
            await ctx.browser?.close().catch(() => {});
            await ctx.studio?.close();
        });
        const step = (text, body) => it(text, async (t) => {
            if (ctx.failed) {
                t.skip('an earlier step of this scenario failed');
                return;
            }
            try {
                await body();
            } catch (error) {
                ctx.failed = true;
                for (const phone of ctx.phones) await phone.screenshot(`FAILED-${name}-${phone.name}`).catch(() => {});
                if (error instanceof Error && ctx.studio) error.message += `\n\nWhat the studio's programs said:\n${ctx.studio.log()}`;
                throw error;
            }
        });
        define(step, ctx);
    });
}
