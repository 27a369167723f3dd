import { describe, expect, it } from 'vitest';
import { halfUnlinked } from '../../../lib/diagnose/rules/half-unlinked';
import { channel, consentPage, crmRow, grant, mailbox, NOW, snapshot, user } from '../fixtures';

const HANNAH = 'hannah.schmidt@nordlicht.example';

describe('half-unlinked', () => {
  it('a disabled inbox whose Google grant is present: warning, revoke-google, both sides in evidence', () => {
    const [finding, ...rest] = halfUnlinked.run(snapshot({ observations: [crmRow(HANNAH, 'disabled')], grants: [grant(HANNAH)], crmUsers: [user(HANNAH)] }), NOW);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: `half-unlinked:${HANNAH}`, severity: 'warning', subject: HANNAH, planFlow: 'revoke-google', foundAt: NOW });
    expect(finding?.evidence).toEqual([
      'crm:disabled@app.hubspot.com/settings/4480123/user-preferences/email:2026-11-20T10:00:00.000Z',
      `grant:google:present:HubSpot:admin-api@admin.googleapis.com/admin/directory/v1/users/${HANNAH}/tokens:2026-11-20T10:00:00.000Z`,
    ]);
  });

  it('a removed Outlook.com inbox with no grant evidence is reported as info (not verified gone)', () => {
    const [finding] = halfUnlinked.run(snapshot({ observations: [crmRow('zoe@hotmail.com', 'removed')] }), NOW);
    expect(finding).toMatchObject({ severity: 'info', planFlow: 'revoke-outlook' });
    expect(finding?.evidence).toContain('grant:outlook:unknown');
  });

  it('an archived team channel whose Microsoft grant is present', () => {
    const address = 'saljare@nordlicht-nordic.example';
    const [finding] = halfUnlinked.run(snapshot({ channelAccounts: [channel(address, { archived: true })], grants: [grant(address, 'microsoft365')] }), NOW);
    expect(finding).toMatchObject({ severity: 'warning', planFlow: 'revoke-microsoft' });
    expect(finding?.evidence[0]).toMatch(/^channel:\d+:active=true:authorized=true:archived=true@api\.hubapi\.com/);
  });

  it('is silent when the grant is absent, for IMAP, for connected inboxes and for departed users with a grant', () => {
    const gone = snapshot({ observations: [crmRow('a@x.example', 'disabled')], grants: [grant('a@x.example', 'google', 'absent')] });
    const observedGone = snapshot({ observations: [crmRow('b@outlook.com', 'disabled'), consentPage('b@outlook.com', false)] });
    const imap = snapshot({ observations: [crmRow('c@events.example', 'disabled')], mailboxes: [mailbox('c@events.example', 'imap')] });
    const connected = snapshot({ observations: [crmRow('d@x.example', 'connected')], grants: [grant('d@x.example')] });
    const departed = snapshot({ observations: [crmRow('e@x.example', 'disabled')], grants: [grant('e@x.example')], crmUsers: [user('e@x.example', 'deactivated')] });
    for (const world of [gone, observedGone, imap, connected, departed]) expect(halfUnlinked.run(world, NOW)).toEqual([]);
  });

  it('a departed user whose grant is not verified gone is still half-unlinked', () => {
    const world = snapshot({ observations: [crmRow('f@outlook.com', 'removed')], crmUsers: [user('f@outlook.com', 'removed')] });
    expect(halfUnlinked.run(world, NOW)).toHaveLength(1);
  });
});
