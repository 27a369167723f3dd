import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createObservationSnapshotHandler, type SnapshotRequest } from '../../lib/background/handlers/observation-snapshot';
import type { UserAction } from '../../lib/background/user-actions';
import { observationSnapshotProtocol } from '../../lib/messaging/observation-snapshot-protocol';
import type { ClassifiedSender } from '../../lib/messaging/sender';
import { personalSideFrom, grantStateFrom } from '../../lib/status/mailbox-facts';
import { createRepo } from '../../lib/store/repo';

const hubspot: ClassifiedSender = { kind: 'content', tabId: 3, host: 'app.hubspot.com', url: 'https://app.hubspot.com/settings/1/user-preferences/email' };
const google: ClassifiedSender = { kind: 'content', tabId: 4, host: 'myaccount.google.com', url: 'https://myaccount.google.com/connections' };
const PATH = '/settings/1/user-preferences/email';
const SCOPE = 'portal:1:user:a@x.example';

function setup() {
  const repo = createRepo({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });
  let tick = 0;
  // A strictly increasing clock: each snapshot is newer than the last.
  const now = () => new Date(Date.UTC(2026, 10, 1, 12, 0, tick++)).toISOString();
  const actions = new Map<number, UserAction[]>();
  const handle = createObservationSnapshotHandler({ store: repo, now, actions: async (tabId) => actions.get(tabId) ?? [] });
  const send = (request: Omit<SnapshotRequest, 'listing'> & { listing?: SnapshotRequest['listing'] }, sender = hubspot) =>
    handle(v.parse(observationSnapshotProtocol['observation/snapshot'].request, { listing: 'complete', ...request }), { sender });
  /** The user pressed a button about `address` on the sender's page (what the guide reports). */
  const act = (kind: UserAction['kind'], address: string, sender = hubspot) =>
    actions.set(sender.tabId ?? -1, [...(actions.get(sender.tabId ?? -1) ?? []), { kind, address, host: sender.host ?? '', at: now() }]);
  /** As a content script from before `listing` existed sends it. */
  const sendWithoutListing = (request: Omit<SnapshotRequest, 'listing'>) =>
    handle(v.parse(observationSnapshotProtocol['observation/snapshot'].request, request), { sender: hubspot });
  const ofAddress = (address: string) => repo.getAllByIndex('observations', 'address', address);
  return { repo, send, sendWithoutListing, act, ofAddress };
}

const inbox = (address: string, state: 'connected' | 'disabled') => ({ address, value: { state, error: null } });

describe('observation/snapshot handler', () => {
  it('stores one observation per item, with the sender host and the scope', async () => {
    const { send, ofAddress } = setup();
    const answer = await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('A@x.example', 'connected'), inbox('b@x.example', 'disabled')] });
    expect(answer).toEqual({ stored: 2, gone: 0, unproven: 0 });
    const [a] = await ofAddress('a@x.example');
    expect(a).toMatchObject({ kind: 'crm-personal-inbox', host: 'app.hubspot.com', path: PATH, value: { state: 'connected', scope: SCOPE } });
  });

  it('makes each listed personal inbox a known mailbox with the provider its row names', async () => {
    const { send, repo } = setup();
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [{ address: 'it@x.example', value: { state: 'connected', error: null, provider: 'imap' } }, inbox('b@x.example', 'disabled')] });
    expect(await repo.get('mailboxes', 'it@x.example')).toMatchObject({ kind: 'personal', provider: 'imap' });
    expect(await repo.get('mailboxes', 'b@x.example')).toMatchObject({ kind: 'personal', provider: 'unknown' });
  });

  it('an inbox that left the complete list after the user removed it there is removed, once', async () => {
    const { send, act, ofAddress } = setup();
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected'), inbox('b@x.example', 'disabled')] });
    act('crm-personal-inbox', 'b@x.example');
    expect(await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected')] })).toEqual({ stored: 1, gone: 1, unproven: 0 });
    const b = await ofAddress('b@x.example');
    expect(b.map((o) => o.value.state)).toEqual(['disabled', 'removed']);
    expect(personalSideFrom(b)?.state).toBe('removed');
    // Still missing next time: nothing new is written for it.
    expect(await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected')] })).toEqual({ stored: 1, gone: 0, unproven: 0 });
    expect(await ofAddress('b@x.example')).toHaveLength(2);
  });

  it.each(['filtered', 'paginated', 'partial'] as const)('an inbox missing from a %s list proves nothing, even after the user pressed its row', async (listing) => {
    const { send, act, ofAddress } = setup();
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected'), inbox('b@x.example', 'connected')] });
    act('crm-personal-inbox', 'b@x.example');
    expect(await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected')], listing })).toEqual({ stored: 1, gone: 0, unproven: 1 });
    const b = await ofAddress('b@x.example');
    expect(b.map((o) => o.value.state)).toEqual(['connected']);
    expect(personalSideFrom(b)?.state).toBe('connected');
  });

  it('an inbox missing without the user\'s action on that page proves nothing (removed elsewhere, another tab, another row, before the listing)', async () => {
    const { send, act, ofAddress } = setup();
    act('crm-personal-inbox', 'b@x.example'); // before the page last showed it
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected'), inbox('b@x.example', 'connected')] });
    act('crm-personal-inbox', 'a@x.example'); // another row
    act('crm-personal-inbox', 'b@x.example', { ...hubspot, tabId: 9 }); // another tab
    act('crm-personal-inbox', 'b@x.example', { ...hubspot, tabId: 3, host: 'app-eu1.hubspot.com' }); // another host
    expect(await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected')] })).toEqual({ stored: 1, gone: 0, unproven: 1 });
    expect((await ofAddress('b@x.example')).map((o) => o.value.state)).toEqual(['connected']);
  });

  it('never compares across scopes, paths or hosts', async () => {
    const { send, act, ofAddress } = setup();
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('a@x.example', 'connected')] });
    act('crm-personal-inbox', 'a@x.example');
    // Another user's list, another portal's page, another data-centre host: none says a@ is gone.
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: 'portal:1:user:b@x.example', items: [] });
    await send({ kind: 'crm-personal-inbox', path: '/settings/2/user-preferences/email', scope: SCOPE, items: [] });
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [] }, { ...hubspot, host: 'app-eu1.hubspot.com' });
    expect((await ofAddress('a@x.example')).map((o) => o.value.state)).toEqual(['connected']);
  });

  it('marks a team channel deleted on its page archived, keeping its inbox id', async () => {
    const { send, act, ofAddress } = setup();
    const path = '/live-messages-settings/1/inboxes/7/channels';
    await send({ kind: 'crm-team-channel', path, scope: 'inbox:7', items: [{ address: 'support@x.example', value: { inboxId: '7', archived: false } }] });
    act('crm-team-channel', 'support@x.example');
    expect(await send({ kind: 'crm-team-channel', path, scope: 'inbox:7', items: [] })).toEqual({ stored: 0, gone: 1, unproven: 0 });
    expect((await ofAddress('support@x.example')).at(-1)?.value).toEqual({ inboxId: '7', archived: true, scope: 'inbox:7' });
  });

  it('takes HubSpot gone from a consent page only after the user removed it there', async () => {
    const { send, act, ofAddress } = setup();
    const grant = (present: boolean) => ({ address: 'a@x.example', value: { present, app: 'HubSpot', provider: 'google' } });
    await send({ kind: 'provider-grant', path: '/connections', scope: 'a@x.example', items: [grant(true)] }, google);
    // Reloaded without the user having done anything here: proves nothing.
    expect(await send({ kind: 'provider-grant', path: '/connections', scope: 'a@x.example', items: [grant(false)] }, google)).toEqual({ stored: 0, gone: 0, unproven: 1 });
    expect(grantStateFrom([], await ofAddress('a@x.example')).state).toBe('present');
    act('provider-grant', 'a@x.example', google);
    expect(await send({ kind: 'provider-grant', path: '/connections', scope: 'a@x.example', items: [grant(false)] }, google)).toEqual({ stored: 0, gone: 1, unproven: 0 });
    const seen = await ofAddress('a@x.example');
    expect(seen.at(-1)?.value).toEqual({ app: 'HubSpot', provider: 'google', present: false, scope: 'a@x.example' });
    expect(grantStateFrom([], seen).state).toBe('absent');
  });

  it('never takes My Apps\' missing tile as gone, and keeps the organisation its URL names', async () => {
    const { send, act, ofAddress } = setup();
    const myApps: ClassifiedSender = { kind: 'content', tabId: 6, host: 'myapps.microsoft.com', url: 'https://myapps.microsoft.com/?tenantId=Contoso.example&x=1' };
    const tile = (present: boolean) => ({ address: 'a@contoso.example', value: { present, app: 'HubSpot Sales', provider: 'microsoft365' } });
    await send({ kind: 'provider-grant', path: '/', scope: 'a@contoso.example', items: [tile(true)], listing: 'may-hide' }, myApps);
    expect((await ofAddress('a@contoso.example'))[0]?.tenant).toBe('contoso.example');
    act('provider-grant', 'a@contoso.example', myApps);
    expect(await send({ kind: 'provider-grant', path: '/', scope: 'a@contoso.example', items: [tile(false)], listing: 'may-hide' }, myApps)).toEqual({ stored: 0, gone: 0, unproven: 1 });
  });

  it('refuses a kind of list from a host that does not show it, and anything not from a content script', async () => {
    const { send } = setup();
    await expect(send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [] }, google)).rejects.toThrow(/not read on myaccount.google.com/);
    await expect(send({ kind: 'provider-grant', path: '/connections', scope: 'a@x.example', items: [] }, hubspot)).rejects.toThrow(/not read on app.hubspot.com/);
    await expect(send({ kind: 'provider-grant', path: '/', scope: 'a@x.example', items: [] }, { ...google, host: 'mail.google.com' })).rejects.toThrow(/not read/);
    await expect(send({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [] }, { kind: 'extension', url: 'chrome-extension://x/popup.html' })).rejects.toThrow(/not read/);
  });

  it('a snapshot from an older content script (no listing) proves nothing missing', async () => {
    const { sendWithoutListing, act, ofAddress } = setup();
    await sendWithoutListing({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [inbox('b@x.example', 'connected')] });
    act('crm-personal-inbox', 'b@x.example');
    expect(await sendWithoutListing({ kind: 'crm-personal-inbox', path: PATH, scope: SCOPE, items: [] })).toEqual({ stored: 0, gone: 0, unproven: 1 });
    expect(await ofAddress('b@x.example')).toHaveLength(1);
  });
});
