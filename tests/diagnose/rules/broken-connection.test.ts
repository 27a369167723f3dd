import { describe, expect, it } from 'vitest';
import { brokenConnection } from '../../../lib/diagnose/rules/broken-connection';
import { channel, crmRow, grant, NOW, snapshot } from '../fixtures';

describe('broken-connection', () => {
  it('a connected personal inbox with HubSpot’s error notice', () => {
    const address = 'emma@nordic.example';
    const [finding] = brokenConnection.run(snapshot({ observations: [crmRow(address, 'connected', undefined, { error: 'Password changed. Reconnect it.' })], grants: [grant(address, 'microsoft365')] }), NOW);
    expect(finding).toMatchObject({ code: 'broken-connection', severity: 'warning', planFlow: 'disconnect-personal-inbox' });
    expect(finding?.evidence).toEqual(['crm:connected:Password%20changed.%20Reconnect%20it.@app.hubspot.com/settings/4480123/user-preferences/email:2026-11-20T10:00:00.000Z']);
  });

  it('a connected inbox whose grant is known gone, with the grant as evidence', () => {
    const address = 'sofie@nordlicht.example';
    const [finding] = brokenConnection.run(snapshot({ observations: [crmRow(address, 'connected')], grants: [grant(address, 'google', 'absent')] }), NOW);
    expect(finding?.evidence.some((e) => e.startsWith('grant:google:absent'))).toBe(true);
  });

  it('is silent for a working team channel the Workspace admin API lists no grant for (IMAP or forwarded), as the status list is', () => {
    // Found by tests/worlds property 3: the rule took the provider from the admin API's "no grant"
    // record and called the channel broken while the status list said linked.
    const address = 'info@nordlicht.example';
    expect(brokenConnection.run(snapshot({ channelAccounts: [channel(address)], grants: [grant(address, 'google', 'absent')] }), NOW)).toEqual([]);
  });

  it('an unauthorized or inactive team channel asks to delete the channel', () => {
    const unauthorized = brokenConnection.run(snapshot({ channelAccounts: [channel('info@nordlicht.example', { authorized: false })] }), NOW);
    const inactive = brokenConnection.run(snapshot({ channelAccounts: [channel('help@nordlicht.example', { active: false })] }), NOW);
    expect(unauthorized[0]).toMatchObject({ subject: 'info@nordlicht.example', planFlow: 'delete-team-channel' });
    expect(unauthorized[0]?.evidence[0]).toContain(':authorized=false:');
    expect(inactive[0]?.evidence[0]).toContain(':active=false:');
  });

  it('is silent for healthy, disabled and never-seen inboxes', () => {
    const world = snapshot({
      observations: [crmRow('ok@x.example', 'connected'), crmRow('off@x.example', 'disabled')],
      grants: [grant('ok@x.example'), grant('unseen@x.example')],
      channelAccounts: [channel('team@x.example'), channel('old@x.example', { archived: true, authorized: false })],
    });
    expect(brokenConnection.run(world, NOW)).toEqual([]);
  });
});
