// The band's pages on a phone: the songs, the calendar (answering the rehearsal, and the answer
// kept), the gigs and a gig's setlist, and the account page.
//
// Alice is the desktop user, taking part through a phone here (see chat.test.mjs).

import assert from 'node:assert/strict';
import { alice, bob, scenario } from './lib/scenario.mjs';

scenario('A bandmate looks at the band\'s pages and answers the rehearsal', 'band', (step, ctx) => {
    let bobPhone;

    /** The rehearsal's card on the calendar page of phone. */
    function rehearsalCard(phone) {
        return phone.page.getByRole('listitem').filter({
            has: phone.page.getByRole('heading', { level: 3, name: ctx.studio.band.rehearsal.title }),
        });
    }

    function answerButtons(phone) {
        return rehearsalCard(phone).getByRole('group', { name: `Your answer for ${ctx.studio.band.rehearsal.title}` });
    }

    async function pressedAnswers(phone) {
        const pressed = [];
        for (const word of ['Yes', 'Maybe', 'No']) {
            if (await answerButtons(phone).getByRole('button', { name: word }).getAttribute('aria-pressed') === 'true') pressed.push(word);
        }
        return pressed;
    }

    step('Bob joins and finds the band\'s songs', async () => {
        bobPhone = await ctx.phone('bob');
        await bobPhone.submitJoin(await bobPhone.joinWithInvite(bob));
        await bobPhone.openBandPage('Songs');
        const songs = bobPhone.page.getByRole('list', { name: '3 songs' });
        await songs.waitFor();
        const titles = await songs.getByRole('heading', { level: 3 }).allTextContents();
        assert.deepEqual(titles, ctx.studio.band.songs.map((s) => s.title).sort());
        await songs.getByRole('listitem').filter({ hasText: 'Nino Ferrer' }).getByText('Le Sud').waitFor();
        await bobPhone.screenshot('09-band-songs');
    });

    step('The calendar shows the rehearsal; Bob answers yes', async () => {
        await bobPhone.openBandPage('Calendar');
        const card = rehearsalCard(bobPhone);
        await card.waitFor();
        await card.getByText(ctx.studio.band.rehearsal.place).waitFor();
        await card.getByText('0 yes · 0 maybe · 0 no').waitFor();
        assert.deepEqual(await pressedAnswers(bobPhone), []);
        await answerButtons(bobPhone).getByRole('button', { name: 'Yes' }).click();
        await card.getByText('1 yes · 0 maybe · 0 no').waitFor();
        assert.deepEqual(await pressedAnswers(bobPhone), ['Yes']);
        await bobPhone.screenshot('10-band-calendar');
    });

    step('The answer is kept: after a reload, and as the band\'s leader sees it', async () => {
        await bobPhone.page.reload();
        await rehearsalCard(bobPhone).getByText('1 yes · 0 maybe · 0 no').waitFor();
        assert.deepEqual(await pressedAnswers(bobPhone), ['Yes']);

        const alicePhone = await ctx.phone('alice');
        await alicePhone.signIn(alice.username, ctx.studio.alicePassword);
        await alicePhone.openBandPage('Calendar');
        await rehearsalCard(alicePhone).getByText('1 yes · 0 maybe · 0 no').waitFor();
        assert.deepEqual(await pressedAnswers(alicePhone), [], 'Bob\'s answer is not Alice\'s');
    });

    step('The gigs list shows the next gig, and its setlist adds up', async () => {
        const gig = ctx.studio.band.gig;
        await bobPhone.openBandPage('Gigs');
        const link = bobPhone.page.getByRole('link', { name: new RegExp(gig.title) });
        await link.getByText(gig.venue, { exact: false }).waitFor();
        // Three songs (232 + 215 + 270 s) and a 15 min break; songs are numbered, breaks are not.
        await link.getByText('Setlist: 27 min').waitFor();
        await bobPhone.screenshot('11-band-gigs');

        await link.click();
        const setlist = bobPhone.page.getByRole('table', { name: `Setlist of ${gig.title}` });
        await setlist.waitFor();
        const rows = await setlist.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
        assert.deepEqual(rows, [
            ['1', 'Seven Nation Army', '3:52', '0:00'],
            ['2', 'Comme un ouragan', '3:35', '3:52'],
            ['', 'Break', '15 min', '7:27'],
            ['3', 'Le Sud', '4:30', '22:27'],
        ]);
        await setlist.locator('tfoot').getByText('26:57').waitFor();
        await bobPhone.screenshot('12-band-setlist');
    });

    step('The account page says who is signed in, on which devices', async () => {
        await bobPhone.page.getByRole('link', { name: 'Account and settings (Bob)' }).click();
        await bobPhone.page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
        await bobPhone.page.getByText('Signed in as bob').waitFor();
        await bobPhone.page.getByText(`Band: ${ctx.studio.band.band.name}`).waitFor();
        await bobPhone.page.getByRole('button', { name: 'Sign out on this device' }).waitFor();
        await bobPhone.screenshot('13-account');
        bobPhone.expectClean();
    });
});
