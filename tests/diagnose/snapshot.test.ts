/**
 * The snapshot's per-address index: addresses with nothing of a kind share one empty list (a big
 * portal's 10,000 users), so a record must land only under its own address, never under another's.
 */
import { describe, expect, it } from 'vitest';
import { grantState, liveChannels, personalSide, verdictFor } from '../../lib/diagnose/facts';
import { channel, crmRow, grant, mailbox, snapshot, user } from './fixtures';

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
});
