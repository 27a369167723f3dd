import { describe, expect, it } from 'vitest';
import { crmUserMismatch } from '../../../lib/diagnose/rules/crm-user-mismatch';
import { crmRow, NOW, signedIn, snapshot, user } from '../fixtures';

describe('crm-user-mismatch', () => {
  it('a signed-in mailbox connected in HubSpot that no HubSpot user has, under whose account it is connected', () => {
    const address = 'sales.private@gmail.com';
    const world = snapshot({
      observations: [signedIn(address), crmRow(address, 'connected', undefined, { scope: 'portal:4480123:user:katrin@nordlicht.example' })],
      crmUsers: [user('katrin@nordlicht.example')],
    });
    const [finding] = crmUserMismatch.run(world, NOW);
    expect(finding).toMatchObject({ severity: 'warning', planFlow: 'disconnect-personal-inbox', subject: address });
    expect(finding?.evidence).toEqual([
      'signed-in@mail.google.com/mail/u/0/:2026-11-20T10:00:00.000Z',
      'crm:connected@app.hubspot.com/settings/4480123/user-preferences/email:2026-11-20T10:00:00.000Z',
      'connected-under:katrin%40nordlicht.example',
    ]);
  });

  it('a removed HubSpot user’s mailbox still connected, the user record as evidence', () => {
    const paula = user('paula@nordlicht.example', 'removed');
    const [finding] = crmUserMismatch.run(snapshot({ observations: [signedIn(paula.email, 'outlook.office.com'), crmRow(paula.email, 'connected')], crmUsers: [paula] }), NOW);
    expect(finding?.evidence.at(-1)).toMatch(/^user:\d+:removed@/);
  });

  it('is silent for active or deactivated users, inboxes not connected, and mailboxes never signed in', () => {
    const worlds = [
      snapshot({ observations: [signedIn('a@x.example'), crmRow('a@x.example', 'connected')], crmUsers: [user('a@x.example')] }),
      snapshot({ observations: [signedIn('b@x.example'), crmRow('b@x.example', 'connected')], crmUsers: [user('b@x.example', 'deactivated')] }),
      snapshot({ observations: [signedIn('c@x.example'), crmRow('c@x.example', 'disabled')] }),
      snapshot({ observations: [crmRow('d@x.example', 'connected')] }),
      snapshot({ observations: [signedIn('e@x.example')] }),
    ];
    for (const world of worlds) expect(crmUserMismatch.run(world, NOW)).toEqual([]);
  });
});
