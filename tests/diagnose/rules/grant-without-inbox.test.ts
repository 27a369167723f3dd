import { describe, expect, it } from 'vitest';
import { grantWithoutInbox } from '../../../lib/diagnose/rules/grant-without-inbox';
import { channel, consentPage, crmRow, grant, NOW, snapshot, user } from '../fixtures';

describe('grant-without-inbox', () => {
  it('a Google grant for an address HubSpot knows nothing of: warning', () => {
    const [finding, ...rest] = grantWithoutInbox.run(snapshot({ grants: [grant('old-team@nordlicht.example')] }), NOW);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'grant-without-inbox:old-team@nordlicht.example', severity: 'warning', planFlow: 'revoke-google' });
    expect(finding?.evidence[0]).toMatch(/^grant:google:present:HubSpot:admin-api@/);
  });

  it('an active user’s grant with the HubSpot side never seen: info', () => {
    const [finding] = grantWithoutInbox.run(snapshot({ grants: [grant('greta@nordlicht.example')], crmUsers: [user('greta@nordlicht.example')] }), NOW);
    expect(finding?.severity).toBe('info');
  });

  it('a grant seen only on a consent page counts', () => {
    const [finding] = grantWithoutInbox.run(snapshot({ observations: [consentPage('sam@outlook.com', true)] }), NOW);
    expect(finding).toMatchObject({ planFlow: 'revoke-outlook' });
    expect(finding?.evidence).toEqual(['grant:outlook:present:HubSpot:observed@account.live.com/consent/Manage:2026-11-20T10:00:00.000Z']);
  });

  it('is silent when an inbox is connected or was seen in HubSpot, the grant is gone, or the user departed', () => {
    const worlds = [
      snapshot({ grants: [grant('a@x.example')], observations: [crmRow('a@x.example', 'connected')] }),
      snapshot({ grants: [grant('b@x.example')], channelAccounts: [channel('b@x.example')] }),
      snapshot({ grants: [grant('c@x.example')], observations: [crmRow('c@x.example', 'disabled')] }),
      snapshot({ grants: [grant('d@x.example', 'google', 'absent')] }),
      snapshot({ grants: [grant('e@x.example')], crmUsers: [user('e@x.example', 'deactivated')] }),
      snapshot({ observations: [consentPage('f@outlook.com', true, 'outlook', '2026-11-01T00:00:00.000Z'), consentPage('f@outlook.com', false)] }),
    ];
    for (const world of worlds) expect(grantWithoutInbox.run(world, NOW)).toEqual([]);
  });
});
