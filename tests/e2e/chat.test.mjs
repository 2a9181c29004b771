// Joining through the invite link, then chatting: in "general" both ways, by direct message, with
// who is online, a message full of HTML that must show as plain text, and searching the history.
//
// Alice is the desktop user: in real use she is signed in at the studio computer. Oscalis runs
// headless here, without its window, so she takes part through a third phone signed in as alice
// (the band's leader, made by oscalis_e2e_seed).

import assert from 'node:assert/strict';
import { eventually } from './lib/phone.mjs';
import { alice, bob, carol, scenario } from './lib/scenario.mjs';

scenario('Bandmates join with the invite link and chat with the desktop user and each other', 'chat', (step, ctx) => {
    let alicePhone;
    let bobPhone;
    let carolPhone;
    let directRoomPath;

    const hello = 'Hello everyone! Rehearsal on Thursday, who brings the snacks?';
    const answer = 'I do, and the new strings too';
    const direct = 'Carol, could you send me the chords of Le Sud?';
    const html = '<img src=x onerror=alert(1)><b>bold</b>';

    step('Bob opens the invite link, fills in who he is and lands in the band', async () => {
        bobPhone = await ctx.phone('bob');
        const form = await bobPhone.joinWithInvite(bob);
        await bobPhone.screenshot('01-join-with-invite');
        await bobPhone.submitJoin(form);
        const header = bobPhone.page.locator('header.topbar');
        assert.equal(await header.locator('.brand-band').textContent(), ctx.studio.band.band.name);
        // The invite is used: it leaves the address, so a reload doesn't offer it again.
        assert.equal(new URL(bobPhone.page.url()).search, '');
    });

    step('Carol joins the same way; Alice signs in', async () => {
        carolPhone = await ctx.phone('carol');
        await carolPhone.submitJoin(await carolPhone.joinWithInvite(carol));
        alicePhone = await ctx.phone('alice');
        await alicePhone.page.goto(ctx.studio.url('/'));
        await alicePhone.page.getByRole('form', { name: 'Sign in' }).waitFor();
        await alicePhone.screenshot('02-sign-in');
        await alicePhone.signIn(alice.username, ctx.studio.alicePassword);
    });

    step('Presence: Bob sees that Alice and Carol are online', async () => {
        await bobPhone.openSection('Chat');
        const online = bobPhone.page.locator('.online-now');
        await eventually(async () => {
            const text = await online.textContent();
            assert.match(text, /^Online now:/);
            assert.match(text, /Alice \(browser\)/);
            assert.match(text, /Carol \(browser\)/);
        });
        // The direct-message list says it too, for screen readers.
        const directs = bobPhone.page.getByRole('region', { name: 'Direct messages' });
        await directs.getByRole('listitem').filter({ hasText: 'Carol (online)' }).waitFor();
        await directs.getByRole('listitem').filter({ hasText: 'Alice (online)' }).waitFor();
        await bobPhone.screenshot('03-chat-rooms');
    });

    step('Bob writes in general; Carol and Alice see it once', async () => {
        await bobPhone.openRoom('general');
        await bobPhone.send(hello);
        await bobPhone.expectMessageOnce(hello);
        for (const phone of [carolPhone, alicePhone]) {
            await phone.openRoom('general');
            await phone.expectMessageOnce(hello);
            const message = phone.confirmed(hello);
            assert.equal(await message.locator('.msg-author').textContent(), 'Bob');
        }
    });

    step('Alice answers; Bob and Carol see her answer once, after his message', async () => {
        await alicePhone.send(answer);
        for (const phone of [bobPhone, carolPhone]) {
            await phone.expectMessageOnce(answer);
            assert.equal(await phone.confirmed(answer).locator('.msg-author').textContent(), 'Alice');
            const texts = await phone.messageList().locator('p.msg-text').allTextContents();
            assert.deepEqual(texts, [hello, answer]);
        }
        await bobPhone.screenshot('04-chat-general');
    });

    step('Bob sends Carol a direct message; she sees it, Alice can not', async () => {
        await bobPhone.openDirect('Carol');
        directRoomPath = new URL(bobPhone.page.url()).hash;
        assert.match(directRoomPath, /^#\/chat\/\d+$/);
        await bobPhone.send(direct);
        await bobPhone.expectMessageOnce(direct);

        // Carol is told in the Chat tab and in her list, then reads it.
        await carolPhone.openSection('Chat');
        const fromBob = carolPhone.page.getByRole('region', { name: 'Direct messages' })
            .getByRole('link', { name: /^Bob.*1 unread message/ });
        await fromBob.waitFor();
        await fromBob.click();
        await carolPhone.expectMessageOnce(direct);
        assert.equal(new URL(carolPhone.page.url()).hash, directRoomPath);
        await carolPhone.screenshot('05-direct-message');

        // Alice has no conversation between Bob and Carol, and opening its address shows nothing.
        await alicePhone.page.goto(ctx.studio.url(`/${directRoomPath}`));
        await alicePhone.expectConnected();
        await alicePhone.page.getByRole('heading', { level: 2, name: 'This conversation doesn’t exist, or you can’t see it.' }).waitFor();
        assert.equal(await alicePhone.page.getByText(direct).count(), 0);
        await alicePhone.openRoom('general');
        await alicePhone.expectMessageOnce(answer);
        assert.equal(await alicePhone.page.getByText(direct).count(), 0);
    });

    step('A message written as HTML shows as the characters typed, and runs nothing', async () => {
        await carolPhone.openRoom('general');
        await carolPhone.send(html);
        await bobPhone.openRoom('general');
        for (const phone of [carolPhone, bobPhone, alicePhone]) {
            await phone.expectMessageOnce(html);
            const text = phone.confirmed(html).locator('p.msg-text');
            assert.equal(await text.textContent(), html);
            // Nothing was made of it: no <b>, no <img> anywhere in the messages.
            assert.equal(await phone.messageList().locator('b, img, script, iframe').count(), 0);
            assert.equal(await text.evaluate((p) => p.childElementCount), 0);
            phone.expectClean();
        }
        await bobPhone.screenshot('06-chat-html-as-text');
    });

    step('Searching the history finds what each person may see: where, who, when, the text as typed', async () => {
        const search = async (phone, query) => {
            await phone.openSection('Chat');
            await phone.page.getByRole('searchbox', { name: 'Search messages' }).fill(query);
            await phone.page.getByRole('search').getByRole('button', { name: 'Search', exact: true }).click();
            return phone.page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
        };
        const hit = async (item) => ({
            place: await item.locator('.search-place').textContent(),
            author: await item.locator('.msg-author').textContent(),
            when: await item.locator('time').getAttribute('datetime'),
            text: await item.locator('.msg-text').textContent(),
        });

        // Bob finds his direct message to Carol and both messages of general, newest first.
        let hits = await search(bobPhone, 'the');
        await bobPhone.page.getByRole('status').filter({ hasText: '3 messages contain “the”.' }).waitFor();
        const found = await Promise.all((await hits.all()).map(hit));
        assert.deepEqual(found.map(({ place, author, text }) => [place, author, text]), [
            ['Carol', 'You', direct],
            ['#general', 'Alice', answer],
            ['#general', 'You', hello],
        ]);
        for (const { when } of found) assert.ok(!Number.isNaN(Date.parse(when)), `a date: ${when}`);
        await bobPhone.screenshot('07-chat-search');

        // Alice is not in Bob and Carol's conversation: the search does not show it to her.
        hits = await search(alicePhone, 'the');
        await alicePhone.page.getByRole('status').filter({ hasText: '2 messages contain “the”.' }).waitFor();
        assert.deepEqual(await hits.locator('.msg-text').allTextContents(), [answer, hello]);
        assert.equal(await alicePhone.page.getByText(direct).count(), 0);

        // A hit written as HTML shows as the characters typed; it leads to its room.
        hits = await search(carolPhone, 'onerror');
        await carolPhone.page.getByRole('status').filter({ hasText: '1 message contains “onerror”.' }).waitFor();
        assert.equal(await hits.locator('.msg-text').textContent(), html);
        assert.equal(await hits.locator('b, img, script, iframe').count(), 0);
        await hits.getByRole('link').click();
        await carolPhone.page.getByRole('heading', { level: 2, name: '# general' }).waitFor();
        await carolPhone.expectMessageOnce(html);
        for (const phone of [bobPhone, carolPhone, alicePhone]) phone.expectClean();
    });
});
