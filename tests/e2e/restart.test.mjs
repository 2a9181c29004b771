// The studio computer restarts in the middle of a conversation: what was said before stays, what
// was written while it was away is sent when it is back, and nobody sees a message twice or
// misses one, now or after reloading the page (the server stored each one once).
//
// Alice is the desktop user, taking part through a phone here (see chat.test.mjs).

import assert from 'node:assert/strict';
import { reconnectMs } from './lib/phone.mjs';
import { alice, bob, carol, scenario } from './lib/scenario.mjs';

scenario('Oscalis restarts: no message is lost or doubled', 'restart', (step, ctx) => {
    let phones;
    let bobPhone;
    let carolPhone;
    let alicePhone;

    const before = 'Before the restart: everybody tuned?';
    const whileDown = ['Bob, while the studio was away: first', 'Bob, while the studio was away: second'];
    const carolWhileDown = 'Carol, while the studio was away';
    const afterRestart = 'Alice, after the restart: all good here';
    const all = [before, ...whileDown, carolWhileDown, afterRestart];

    /** Every phone shows every message of texts exactly once. */
    async function everyoneSeesEachOnce(texts) {
        for (const phone of phones) {
            for (const text of texts) await phone.expectMessageOnce(text, reconnectMs);
        }
    }

    step('Bob and Carol join, Alice signs in, all three in general', async () => {
        bobPhone = await ctx.phone('bob');
        await bobPhone.submitJoin(await bobPhone.joinWithInvite(bob));
        carolPhone = await ctx.phone('carol');
        await carolPhone.submitJoin(await carolPhone.joinWithInvite(carol));
        alicePhone = await ctx.phone('alice');
        await alicePhone.signIn(alice.username, ctx.studio.alicePassword);
        phones = [bobPhone, carolPhone, alicePhone];
        for (const phone of phones) await phone.openRoom('general');
        await bobPhone.send(before);
        await everyoneSeesEachOnce([before]);
    });

    step('Oscalis stops; the phones say so, and what Bob and Carol write waits in their outbox', async () => {
        await ctx.studio.stopApp();
        for (const phone of phones) {
            await phone.connection().filter({ hasNotText: /^Connected$/ }).waitFor();
        }
        for (const text of whileDown) await bobPhone.send(text);
        await carolPhone.send(carolWhileDown);
        for (const [phone, texts] of [[bobPhone, whileDown], [carolPhone, [carolWhileDown]]]) {
            // Shown as "sending…", once each, with the line saying they go out when the link is back.
            for (const text of texts) {
                const pending = phone.messageList().locator('li.msg.pending').filter({ hasText: text });
                await pending.getByText('sending…').waitFor();
                assert.equal(await phone.occurrences(text), 1);
            }
            await phone.page.getByText('Not connected: your messages will be sent as soon as the connection is back.').waitFor();
        }
        await bobPhone.screenshot('07-chat-studio-away');
    });

    step('Oscalis starts again on the same port and database; the phones reconnect by themselves', async () => {
        await ctx.studio.startApp();
        for (const phone of phones) await phone.expectConnected(reconnectMs);
        await everyoneSeesEachOnce([before, ...whileDown, carolWhileDown]);
        // Nothing is left "sending…".
        for (const phone of phones) assert.equal(await phone.messageList().locator('li.msg.pending').count(), 0);
    });

    step('The conversation goes on, in the same order for everyone', async () => {
        await alicePhone.send(afterRestart);
        await everyoneSeesEachOnce(all);
        const orders = [];
        for (const phone of phones) orders.push(await phone.messageList().locator('p.msg-text').allTextContents());
        assert.deepEqual(orders[1], orders[0], 'Carol and Bob see the messages in the same order');
        assert.deepEqual(orders[2], orders[0], 'Alice and Bob see the messages in the same order');
        assert.equal(orders[0][0], before);
        assert.equal(orders[0].at(-1), afterRestart);
        assert.deepEqual([...orders[0]].sort(), [...all].sort());
    });

    step('After reloading, from the server\'s own records, still each message exactly once', async () => {
        for (const phone of phones) {
            await phone.page.reload();
            await phone.expectConnected();
        }
        await everyoneSeesEachOnce(all);
        for (const phone of phones) assert.equal(await phone.messageList().locator('li.msg').count(), all.length);
        await bobPhone.screenshot('08-chat-after-restart');
        for (const phone of phones) phone.expectClean();
    });
});
