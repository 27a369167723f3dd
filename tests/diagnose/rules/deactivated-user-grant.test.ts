import { describe, expect, it } from 'vitest';
import { deactivatedUserGrant } from '../../../lib/diagnose/rules/deactivated-user-grant';
import { crmRow, grant, NOW, snapshot, user } from '../fixtures';

describe('deactivated-user-grant', () => {
  it('a deactivated user with a Google grant: critical, user, grant and HubSpot side in evidence', () => {
    const julia = user('julia@nordlicht.example', 'deactivated', { id: '51200353' });
    const [finding] = deactivatedUserGrant.run(snapshot({ crmUsers: [julia], grants: [grant(julia.email)], observations: [crmRow(julia.email, 'disabled')] }), NOW);
    expect(finding).toMatchObject({ severity: 'critical', planFlow: 'revoke-google', subject: julia.email });
    expect(finding?.evidence).toEqual([
      'user:51200353:deactivated@api.hubapi.com/settings/v3/users/51200353:2026-11-20T10:00:00.000Z',
      expect.stringMatching(/^grant:google:present/),
      expect.stringMatching(/^crm:disabled@/),
    ]);
  });

  it('a removed user with a Microsoft grant, the time they went missing as evidence', () => {
    const erik = user('erik@nordic.example', 'removed', { goneAt: '2026-11-21T08:00:00.000Z' });
    const [finding] = deactivatedUserGrant.run(snapshot({ crmUsers: [erik], grants: [grant(erik.email, 'microsoft365')] }), NOW);
    expect(finding).toMatchObject({ planFlow: 'revoke-microsoft' });
    expect(finding?.evidence[0]).toMatch(/:removed@.*:2026-11-21T08:00:00\.000Z$/);
  });

  it('is silent for active users, absent or unknown grants, and when an active user took the address over', () => {
    const worlds = [
      snapshot({ crmUsers: [user('a@x.example')], grants: [grant('a@x.example')] }),
      snapshot({ crmUsers: [user('b@x.example', 'deactivated')], grants: [grant('b@x.example', 'google', 'absent')] }),
      snapshot({ crmUsers: [user('c@x.example', 'removed')], grants: [grant('c@x.example', 'google', 'unknown')] }),
      snapshot({ crmUsers: [user('d@x.example', 'removed'), user('d@x.example')], grants: [grant('d@x.example')] }),
    ];
    for (const world of worlds) expect(deactivatedUserGrant.run(world, NOW)).toEqual([]);
  });
});
