// The remote on a bandmate's phone: the band lets members use it (oscalis_e2e_seed), and its
// Play button starts REAPER's transport, here the simulator's. The button only shows "playing"
// once REAPER reports it back over OSC (the phone never assumes it), and the play position then
// moves, which only happens while the simulator really plays.

import assert from 'node:assert/strict';
import { eventually } from './lib/phone.mjs';
import { bob, scenario } from './lib/scenario.mjs';

scenario('A bandmate starts and stops REAPER from the remote', 'remote', (step, ctx) => {
    let bobPhone;
    let transport;

    const playing = async () => (await transport.getByRole('button', { name: 'Play', exact: true }).getAttribute('aria-pressed')) === 'true';
    const position = () => bobPhone.page.getByLabel('Play position').textContent();

    step('Bob joins and opens the remote: REAPER\'s tracks and a stopped transport', async () => {
        bobPhone = await ctx.phone('bob');
        await bobPhone.submitJoin(await bobPhone.joinWithInvite(bob));
        await bobPhone.openSection('Remote');
        transport = bobPhone.page.getByRole('region', { name: 'Transport' });
        await transport.getByRole('button', { name: 'Play', exact: true }).waitFor();
        // Without REAPER's script (not run here) the track count is unknown: no "of N".
        const tracks = bobPhone.page.getByRole('region', { name: 'Tracks' });
        await tracks.getByText(/^Tracks 1–8$/).waitFor();
        await tracks.getByRole('slider', { name: 'Volume of Kick' }).waitFor();
        assert.equal(await playing(), false);
        // The next eight tracks, and back.
        await tracks.getByRole('button', { name: 'Next tracks' }).click();
        await tracks.getByText(/^Tracks 9–16$/).waitFor();
        await tracks.getByRole('button', { name: 'Previous tracks' }).click();
        await tracks.getByText(/^Tracks 1–8$/).waitFor();
        await tracks.getByRole('slider', { name: 'Volume of Kick' }).waitFor();
    });

    step('Play: the simulator starts playing and the remote shows it', async () => {
        const before = await position();
        await transport.getByRole('button', { name: 'Play', exact: true }).click();
        await eventually(async () => assert.equal(await playing(), true, 'Play is shown pressed once REAPER plays'));
        await eventually(async () => assert.notEqual(await position(), before, 'the play position moves'));
        const later = await position();
        await eventually(async () => assert.notEqual(await position(), later, 'and keeps moving'));
        await bobPhone.screenshot('14-remote-playing');
    });

    step('Stop: the transport stops, and Play is no longer shown pressed', async () => {
        await transport.getByRole('button', { name: 'Stop', exact: true }).click();
        await eventually(async () => assert.equal(await playing(), false));
        bobPhone.expectClean();
    });
});
