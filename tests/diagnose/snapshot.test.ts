/**
 * The snapshot's per-address index: addresses with nothing of a kind share one empty list (a big
 * portal's 10,000 users), so a record must land only under its own address, never under another's.
 */
import { describe, expect, it } from 'vitest';
import { grantState, liveChannels, personalSide, providerOf, verdictFor } from '../../lib/diagnose/facts';
import { diagnose } from '../../lib/diagnose/run';
import type { DiagnoseSnapshot } from '../../lib/diagnose/snapshot';
import { channel, consentPage, crmRow, grant, mailbox, NOW, signedIn, snapshot, user } from './fixtures';

/** Every kind of address a portal has: users alone, mailbox records alone, each side seen or not. */
function mixedWorld(): DiagnoseSnapshot {
  return snapshot({
    crmUsers: [
      user('active.only@example.com'), user('gone.only@example.com', 'deactivated'), user('removed.only@example.com', 'removed'),
      user('gone.grant@example.com', 'deactivated'), user('gone.team@example.com', 'deactivated'), user('disabled@example.com'),
      user('broken@example.com'), user('stale@example.com'),
    ],
    mailboxes: [mailbox('record.only@example.com', 'google'), mailbox('team.record@example.com', 'microsoft365', 'team'), mailbox('broken@example.com', 'google')],
    observations: [
      crmRow('disabled@example.com', 'disabled'), crmRow('broken@example.com', 'connected', undefined, { error: 'Reconnect your inbox' }),
      crmRow('stale@example.com', 'connected', '2026-09-01T10:00:00.000Z'), crmRow('mismatch@example.com', 'connected'), signedIn('mismatch@example.com'),
      consentPage('consent@outlook.com', true),
    ],
    grants: [grant('gone.grant@example.com'), grant('disabled@example.com'), grant('orphan@example.com'), grant('broken@example.com', 'google', 'absent')],
    channelAccounts: [channel('gone.team@example.com'), channel('team.inactive@example.com', { active: false })],
  });
}

describe('diagnose snapshot', () => {
  it('files each record under its own address only, even where others have none of that kind', () => {
    const snap = snapshot({
      crmUsers: [user('a@example.com'), user('b@example.com'), user('c@example.com')],
      observations: [crmRow('b@example.com', 'connected')],
      grants: [grant('c@example.com')],
      channelAccounts: [channel('c@example.com')],
    });
    const at = (address: string) => snap.byAddress.get(address)!;
    expect(at('a@example.com').observations).toEqual([]);
    expect(at('a@example.com').grants).toEqual([]);
    expect(at('a@example.com').channelAccounts).toEqual([]);
    expect(at('b@example.com').observations).toHaveLength(1);
    expect(at('b@example.com').grants).toEqual([]);
    expect(at('c@example.com').grants).toHaveLength(1);
    expect(at('c@example.com').channelAccounts).toHaveLength(1);
    expect(at('c@example.com').observations).toEqual([]);
    expect([...snap.byAddress.keys()]).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
  });

  it('an address seen on neither side: unknown status, no CRM side, no grant, no live channel', () => {
    const snap = snapshot({ crmUsers: [user('a@example.com')], mailboxes: [mailbox('t@example.com', 'google', 'team')] });
    const a = snap.byAddress.get('a@example.com')!;
    expect(verdictFor(a)).toEqual({ status: 'unknown', kind: 'personal', checkedAt: null });
    expect(verdictFor(snap.byAddress.get('t@example.com')!)).toEqual({ status: 'unknown', kind: 'team', checkedAt: null });
    expect(personalSide(a)).toBeUndefined();
    expect(grantState(a)).toEqual({ state: 'unknown' });
    expect(liveChannels(a)).toEqual([]);
  });

  it('the same facts asked twice give the same verdict; other facts get their own', () => {
    const snap = snapshot({ observations: [crmRow('b@example.com', 'connected')], grants: [grant('b@example.com', 'google', 'absent'), grant('c@example.com')] });
    const b = snap.byAddress.get('b@example.com')!;
    expect(verdictFor(b).status).toBe('broken');
    expect(verdictFor(b)).toBe(verdictFor(b));
    expect(verdictFor(snap.byAddress.get('c@example.com')!).status).toBe('unknown');
  });

  it('onEitherSide holds exactly the addresses with an observation, a channel account or a grant, in byAddress order', () => {
    const snap = mixedWorld();
    const expected = [...snap.byAddress.values()].filter((facts) => facts.observations.length + facts.channelAccounts.length + facts.grants.length > 0);
    expect(snap.onEitherSide.map((facts) => facts.address)).toEqual(expected.map((facts) => facts.address));
    expect(snap.onEitherSide).toHaveLength(9);
    expect(snap.onEitherSide.every((facts) => snap.byAddress.get(facts.address) === facts)).toBe(true);
  });

  it('the rules find the same over onEitherSide as over every address (users alone, records alone find nothing)', () => {
    const snap = mixedWorld();
    const everyAddress: DiagnoseSnapshot = { ...snap, onEitherSide: [...snap.byAddress.values()] };
    const found = diagnose(snap, NOW);
    expect(found).toEqual(diagnose(everyAddress, NOW));
    expect(new Set(found.map((finding) => finding.code))).toEqual(new Set([
      'deactivated-user-grant', 'deactivated-user-team-channel', 'half-unlinked', 'broken-connection', 'grant-without-inbox', 'crm-user-mismatch', 'stale-observation',
    ]));
  });

  it('answers computed once per facts object stay those of their own facts', () => {
    const snap = snapshot({ observations: [crmRow('b@example.com', 'disabled'), consentPage('c@outlook.com', true)], grants: [grant('b@example.com', 'microsoft365')] });
    const b = snap.byAddress.get('b@example.com')!;
    const c = snap.byAddress.get('c@outlook.com')!;
    expect(grantState(b)).toBe(grantState(b));
    expect(personalSide(b)).toBe(personalSide(b));
    expect([providerOf(b), grantState(b).state, personalSide(b)?.state]).toEqual(['microsoft365', 'present', 'disabled']);
    expect([providerOf(c), grantState(c).state, personalSide(c)]).toEqual(['outlook', 'present', undefined]);
  });

  it('a consumer domain names the provider only as the whole domain after the last "@"', () => {
    const providers = ['a@gmail.com', 'a@x@hotmail.com', 'a@notgmail.com', 'a@gmail.com.example', 'a@constructor', 'a@__proto__']
      .map((address) => providerOf(snapshot({ crmUsers: [user(address)] }).byAddress.get(address)!));
    expect(providers).toEqual(['google', 'outlook', 'unknown', 'unknown', 'unknown', 'unknown']);
  });
});
