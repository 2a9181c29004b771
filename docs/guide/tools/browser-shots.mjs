// The user guide's browser screenshots: a bandmate's phone (phone-sized headless Chromium from
// Debian, driven by playwright-core as in tests/e2e) on the web server of a running
// `oscalis --headless --demo`, in the guide's language.
// Usage: node browser-shots.mjs <origin> <invite code> <en|fr> <output folder>
// The pages are reached by their addresses (#/chat, #/band/songs...) and the forms by their
// fields' names, so the same steps work whatever language the client shows.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Phone, eventually, launchBrowser, patienceMs } from '../../../tests/e2e/lib/phone.mjs';

const [origin, inviteCode, lang, out] = process.argv.slice(2);
if (!out) {
    console.error('usage: node browser-shots.mjs <origin> <invite code> <en|fr> <output folder>');
    process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

const online = { en: 'Connected', fr: 'Connecté' }[lang] ?? 'Connected';
const studio = { url: (p = '/') => origin + p };

async function openPhone(browser) {
    const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
        // A phone's browser, as the studio computer lists it under "Signed-in browsers".
        userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
        locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
        serviceWorkers: 'block',
    });
    context.setDefaultTimeout(patienceMs);
    return new Phone('bob', studio, context, await context.newPage());
}

/** Saves what the phone shows once the fonts and the last frame are there. */
async function shot(phone, name) {
    const page = phone.page;
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r()))));
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
}

async function go(phone, hash, ready) {
    await phone.page.goto(studio.url(`/${hash}`));
    await ready.waitFor();
}

const browser = await launchBrowser();
try {
    const phone = await openPhone(browser);
    const page = phone.page;

    // What a new bandmate sees after scanning the QR code: the code is already filled in.
    await page.goto(studio.url(`/?invite=${encodeURIComponent(inviteCode)}`));
    const inviteField = page.locator('input[name=inviteCode]');
    await eventually(async () => assert.equal(await inviteField.inputValue(), inviteCode));
    await shot(phone, 'web-join');

    // Signing in as Bob, who joined earlier.
    await page.goto(studio.url('/'));
    const username = page.locator('form input[name=username]');
    await username.waitFor();
    await username.fill('bob');
    await page.locator('form input[name=password]').fill('guide-demo-password');
    await shot(phone, 'web-sign-in');
    await page.locator('form button[type=submit]').click();
    await page.locator('header p.conn').filter({ hasText: new RegExp(`^${online}$`) }).waitFor();

    // The chat: the rooms, then the general room's conversation.
    await go(phone, '#/chat', page.locator('a[href^="#/chat/"]').first());
    await shot(phone, 'web-chat-rooms');
    await page.locator('a[href^="#/chat/"]').filter({ hasText: 'general' }).first().click();
    await page.locator('p.msg-text').nth(4).waitFor();
    await shot(phone, 'web-chat');

    // The band's pages.
    await go(phone, '#/band/songs', page.getByText('Harvest Moon').first());
    await shot(phone, 'web-songs');
    await go(phone, '#/band/suggestions', page.getByText('Tainted Love').first());
    await shot(phone, 'web-suggestions');
    await go(phone, '#/band/calendar', page.getByText('Studio B').first());
    await shot(phone, 'web-calendar');
    await go(phone, '#/band/gigs', page.locator('a.card-link').first());
    await page.locator('a.card-link').first().click();
    await page.getByText('Seven Nation Army').first().waitFor();
    await shot(phone, 'web-setlist');

    // The remote, once the demo's tracks are there and it plays.
    await go(phone, '#/remote', page.locator('ul.strips li').first());
    const time = page.locator('p.timecode');
    const before = await time.textContent();
    await eventually(async () => assert.notEqual(await time.textContent(), before));
    await shot(phone, 'web-remote');

    await go(phone, '#/account', page.locator('main h1, h1').first());
    await shot(phone, 'web-account');
    phone.expectClean();
} finally {
    await browser.close();
}
