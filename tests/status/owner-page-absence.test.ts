/**
 * Issue 12, point 3: a personal inbox absent from its owner's complete Connected emails page is
 * "not connected in HubSpot, seen on that page at that time" — never on another user's page, and
 * never from a searched or partial list. The status then says half-unlinked (grant present) or
 * not-linked (grant gone) — and stays unknown while the grant is unchecked (the page proves no inbox
 * now, not that one was ever connected, so a leftover grant would be a guess) — and a grant left behind is a grant-without-inbox finding with its fix.
 */
import { describe, expect, it } from 'vitest';
import { ownerNotConnected, ownerOfScope } from '../../lib/background/handlers/owner-absence';
import { grantWithoutInbox } from '../../lib/diagnose/rules/grant-without-inbox';
import { halfUnlinked } from '../../lib/diagnose/rules/half-unlinked';
import { verdictOf } from '../../lib/status/mailbox-facts';
import { crmRow, grant, mailbox, NOW, snapshot, user } from '../diagnose/fixtures';

const ANNA = 'anna.lindqvist@nordlicht.example';
const OWN_PAGE = `portal:4480123:user:${ANNA}`;
const notConnected = (address = ANNA) => crmRow(address, 'connected', undefined, { state: 'not-connected', scope: `portal:4480123:user:${address}` });

describe('whose Connected emails page speaks for an address', () => {
  it('reads the owner from the page scope', () => {
    expect(ownerOfScope('portal:4480123:user:Anna.Lindqvist@Nordlicht.example')).toBe(ANNA);
    expect(ownerOfScope('portal:4480123')).toBeUndefined();
    expect(ownerOfScope('inbox:147001')).toBeUndefined();
    expect(ownerOfScope('portal:4480123:user:anna')).toBeUndefined();
  });

  it('the owner missing from their own complete list is not connected', () => {
    const input = { kind: 'crm-personal-inbox' as const, scope: OWN_PAGE, path: '/settings/4480123/user-preferences/email', listing: 'complete', listed: new Set(['other@nordlicht.example']), lastSaid: undefined };
    expect(ownerNotConnected(input)).toBe(ANNA);
    // Repeating its own reading on a later visit.
    expect(ownerNotConnected({ ...input, lastSaid: notConnected() })).toBe(ANNA);
  });

  it('proves nothing when the list is not complete, the owner is listed, the page is no user’s, or it listed the owner before', () => {
    const base = { kind: 'crm-personal-inbox' as const, scope: OWN_PAGE, path: '/settings/4480123/user-preferences/email', listing: 'complete', listed: new Set<string>(), lastSaid: undefined };
    expect(ownerNotConnected({ ...base, listing: 'filtered' })).toBeUndefined();
    expect(ownerNotConnected({ ...base, listing: 'partial' })).toBeUndefined();
    expect(ownerNotConnected({ ...base, listed: new Set([ANNA]) })).toBeUndefined();
    expect(ownerNotConnected({ ...base, scope: 'portal:4480123' })).toBeUndefined();
    expect(ownerNotConnected({ ...base, kind: 'crm-team-channel' })).toBeUndefined();
    // Another portal's page than the one the scope names.
    expect(ownerNotConnected({ ...base, path: '/settings/999/user-preferences/email' })).toBeUndefined();
    // Listed on a page before and gone now: the snapshot handler's "gone" rule decides (the user's action proves it).
    expect(ownerNotConnected({ ...base, lastSaid: crmRow(ANNA, 'connected') })).toBeUndefined();
  });
});

describe('the status and the findings of an address its owner’s page does not list', () => {
  it('with a grant present: half-unlinked, and the grant is a warning finding with its fix', () => {
    const facts = { mailbox: mailbox(ANNA, 'google'), observations: [notConnected()], channelAccounts: [], grants: [grant(ANNA)] };
    expect(verdictOf(facts).status).toBe('half-unlinked');
    const world = snapshot({ mailboxes: [mailbox(ANNA, 'google')], observations: [notConnected()], grants: [grant(ANNA)], crmUsers: [user(ANNA)] });
    const [finding, ...rest] = grantWithoutInbox.run(world, NOW);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: `grant-without-inbox:${ANNA}`, severity: 'warning', planFlow: 'revoke-google' });
    expect(finding?.evidence[0]).toMatch(/^crm:not-connected@app\.hubspot\.com/);
    // One leftover grant, one finding.
    expect(halfUnlinked.run(world, NOW)).toEqual([]);
  });

  it('with the grant gone: not linked, and no finding', () => {
    const facts = { mailbox: mailbox(ANNA, 'google'), observations: [notConnected()], channelAccounts: [], grants: [grant(ANNA, 'google', 'absent')] };
    expect(verdictOf(facts).status).toBe('not-linked');
    const world = snapshot({ mailboxes: [mailbox(ANNA, 'google')], observations: [notConnected()], grants: [grant(ANNA, 'google', 'absent')] });
    expect(grantWithoutInbox.run(world, NOW)).toEqual([]);
    expect(halfUnlinked.run(world, NOW)).toEqual([]);
  });

  it('with the grant unchecked: unknown, not half-unlinked, and no finding (nothing says HubSpot ever held a grant)', () => {
    const facts = { mailbox: mailbox(ANNA, 'outlook'), observations: [notConnected()], channelAccounts: [], grants: [] };
    expect(verdictOf(facts).status).toBe('unknown');
    const world = snapshot({ mailboxes: [mailbox(ANNA, 'outlook')], observations: [notConnected()], crmUsers: [user(ANNA)] });
    expect(halfUnlinked.run(world, NOW)).toEqual([]);
    expect(grantWithoutInbox.run(world, NOW)).toEqual([]);
  });
});
