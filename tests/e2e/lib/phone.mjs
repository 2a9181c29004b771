// A bandmate's phone: a phone-sized headless Chromium context (390×844, touch) on the studio's
// address, and what a person does with it, found the way they find it: by roles, labels and the
// words on screen. Debian's Chromium is used as it is; no browser is ever downloaded.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { paths } from './paths.mjs';

/** What a person would wait at most for something to show up, on a busy machine. */
export const patienceMs = 20_000;
/** After the studio computer restarts, the client's reconnection delays (up to 15 s) come on top. */
export const reconnectMs = 45_000;

/**
 * Runs check (which throws while what we wait for isn't there) until it passes, or throws its
 * last error after timeoutMs: waiting for what the user would see, never sleeping for a guess.
 */
export async function eventually(check, timeoutMs = patienceMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            return await check();
        } catch (error) {
            if (Date.now() > deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

export async function launchBrowser() {
    return chromium.launch({
        executablePath: paths.chromium,
        headless: true,
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
}

export class Phone {
    /** A new phone (its own cookies and storage) with the studio's address open. */
    static async open(browser, studio, name) {
        const context = await browser.newContext({
            viewport: { width: 390, height: 844 },
            deviceScaleFactor: 2,
            isMobile: true,
            hasTouch: true,
            locale: 'en-GB',
            // The studio's certificate is self-signed: a bandmate accepts it once, as here.
            ignoreHTTPSErrors: true,
            // Browsers refuse service workers on a certificate they don't trust: the same here.
            serviceWorkers: 'block',
        });
        context.setDefaultTimeout(patienceMs);
        const page = await context.newPage();
        return new Phone(name, studio, context, page);
    }

    constructor(name, studio, context, page) {
        this.name = name;
        this.studio = studio;
        this.context = context;
        this.page = page;
        /** Every alert/confirm/prompt that opened: user text must never open one. */
        this.dialogs = [];
        /** Uncaught script errors of the page. */
        this.errors = [];
        page.on('dialog', (dialog) => {
            this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
            void dialog.dismiss();
        });
        page.on('pageerror', (error) => this.errors.push(String(error)));
    }

    // --- the header ------------------------------------------------------------------------------

    /** The connection state in the header ("Connected", "Reconnecting…", ...). */
    connection() {
        return this.page.locator('header.topbar').getByRole('status');
    }

    async expectConnected(timeout = patienceMs) {
        await this.connection().filter({ hasText: /^Connected$/ }).waitFor({ timeout });
    }

    // --- joining and signing in ------------------------------------------------------------------

    /** Opens the invite link the desktop shows as a QR code and joins the band with it. */
    async joinWithInvite({ username, displayName, password }) {
        await this.page.goto(this.studio.url(`/?invite=${encodeURIComponent(this.studio.band.inviteCode)}`));
        const form = this.page.getByRole('form', { name: 'Join the band' });
        await form.waitFor();
        // The invite link fills the code in; the bandmate only says who they are.
        assert.equal(await form.getByLabel('Invite code').inputValue(), this.studio.band.inviteCode);
        await form.getByLabel('Username').fill(username);
        await form.getByLabel('Your name in the band').fill(displayName);
        await form.getByLabel('Choose a password').fill(password);
        return form;
    }

    async submitJoin(form) {
        await form.getByRole('button', { name: 'Join the band' }).click();
        await this.expectConnected();
    }

    async signIn(username, password) {
        await this.page.goto(this.studio.url('/'));
        const form = this.page.getByRole('form', { name: 'Sign in' });
        await form.getByLabel('Username').fill(username);
        await form.getByLabel('Password').fill(password);
        await form.getByRole('button', { name: 'Sign in' }).click();
        await this.expectConnected();
    }

    // --- navigation ------------------------------------------------------------------------------

    /** A section tab at the bottom of the screen: Chat, Band or Remote. */
    async openSection(name) {
        await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
    }

    async openBandPage(name) {
        await this.openSection('Band');
        await this.page.getByRole('navigation', { name: 'Band pages' }).getByRole('link', { name }).click();
    }

    // --- chat ------------------------------------------------------------------------------------

    /** From the chat's list, the room called name ("general"). */
    async openRoom(name) {
        await this.openSection('Chat');
        const rooms = this.page.getByRole('region', { name: 'Rooms' });
        await rooms.getByRole('link', { name: new RegExp(`^#?\\s*${name}\\b`) }).click();
        await this.page.getByRole('heading', { level: 2, name: `# ${name}` }).waitFor();
    }

    /** From the chat's list, the direct conversation with a bandmate (opened on first use). */
    async openDirect(displayName) {
        await this.openSection('Chat');
        const direct = this.page.getByRole('region', { name: 'Direct messages' });
        // A link once the conversation exists, a button that opens it before.
        await direct.getByRole('listitem').filter({ hasText: displayName }).locator('a, button').first().click();
        await this.page.getByRole('heading', { level: 2, name: displayName }).waitFor();
    }

    /** Types a message in the open room and presses Send. */
    async send(text) {
        const composer = this.page.getByRole('textbox', { name: /^Message to / });
        await composer.fill(text);
        await this.page.getByRole('button', { name: 'Send', exact: true }).click();
        // The composer empties once the message is in the outbox (shown as sending, or sent).
        await eventually(async () => assert.equal(await composer.inputValue(), ''));
    }

    messageList() {
        return this.page.getByRole('list', { name: 'Messages' });
    }

    /** The messages on screen whose text is exactly text (a confirmed message, not "sending…"). */
    confirmed(text) {
        return this.messageList().locator('li.msg:not(.pending)').filter({
            has: this.page.locator('p.msg-text').getByText(text, { exact: true }),
        });
    }

    /** How many times text shows in the open room, sent or still sending. */
    async occurrences(text) {
        return this.messageList().locator('p.msg-text').evaluateAll(
            (nodes, wanted) => nodes.filter((n) => n.textContent === wanted).length, text);
    }

    /** Waits until text shows exactly once, confirmed by the server. */
    async expectMessageOnce(text, timeout = patienceMs) {
        await this.confirmed(text).waitFor({ timeout });
        assert.equal(await this.occurrences(text), 1, `${this.name} sees "${text}" ${await this.occurrences(text)} times`);
    }

    // --- evidence --------------------------------------------------------------------------------

    /** A screenshot of what this phone shows, into the build folder's e2e-screenshots. */
    async screenshot(name) {
        fs.mkdirSync(paths.screenshots, { recursive: true });
        // Let the fonts and the last frame settle: what the person sees, not a half-drawn page.
        await this.page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r()))));
        await this.page.screenshot({ path: path.join(paths.screenshots, `${name}.png`) });
    }

    /** No page error and no dialog so far: user text never ran as code. */
    expectClean() {
        assert.deepEqual(this.errors, [], `${this.name}'s page threw`);
        assert.deepEqual(this.dialogs, [], `${this.name}'s page opened a dialog`);
    }

    async close() {
        await this.context.close();
    }
}
