import { describe, expect, it } from 'vitest';
import { getPage, makeWorld, PORTAL, postAction } from './helpers';

const CHANNELS = `/live-messages-settings/${PORTAL}/inboxes/101/channels`;

describe('Conversations inbox settings > Channels', () => {
  it('lists inboxes (not archived) linking to their channels, escaped', async () => {
    const { status, html } = await getPage(makeWorld('de'), `/live-messages-settings/${PORTAL}/inboxes`);
    expect(status).toBe(200);
    expect(html).toContain(`href="${CHANNELS}"`);
    expect(html).toContain('Kanäle von Support &lt;inbox&gt;');
    expect(html).toContain('2 Kanäle');
    expect(html).not.toContain('Old inbox');
  });

  it('shows the live channels of one inbox with a Delete button and the confirm dialog', async () => {
    const en = await getPage(makeWorld('en'), CHANNELS);
    expect(en.html).toContain('data-channel-id="c1"');
    expect(en.html).toContain('data-channel-id="c2"');
    expect(en.html).not.toContain('data-channel-id="c3"');
    expect(en.html).not.toContain('data-channel-id="c4"');
    expect(en.html).toContain('>Delete<');
    expect(en.html).toMatch(/<dialog id="delete-channel" role="dialog" aria-modal="true"/);
    const de = await getPage(makeWorld('de'), CHANNELS);
    expect(de.html).toContain('>Löschen<');
    expect(de.html).toContain('>Ja, löschen<');
    const sv = await getPage(makeWorld('sv'), CHANNELS);
    expect(sv.html).toContain('>Kanaler: Support &lt;inbox&gt;<');
  });

  it('deletes a channel: archived and inactive, gone from the page', async () => {
    const world = makeWorld();
    const answer = await postAction(world, 'channel/delete', { channelId: 'c1' });
    expect(answer.body.ok).toBe(true);
    const c1 = world.scenario.teamChannels?.find((c) => c.id === 'c1');
    expect(c1).toMatchObject({ archived: true, active: false });
    expect((await getPage(world, CHANNELS)).html).not.toContain('data-channel-id="c1"');
    const again = await postAction(world, 'channel/delete', { channelId: 'c1' });
    expect(again.status).toBe(404);
  });

  it('404s an unknown or archived inbox', async () => {
    expect((await getPage(makeWorld(), `/live-messages-settings/${PORTAL}/inboxes/103/channels`)).status).toBe(404);
    expect((await getPage(makeWorld(), `/live-messages-settings/${PORTAL}/inboxes/nope/channels`)).status).toBe(404);
  });
});
