import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createObservationSnapshotHandler, type SnapshotRequest } from '../../lib/background/handlers/observation-snapshot';
import { observationSnapshotProtocol } from '../../lib/messaging/observation-snapshot-protocol';
import type { ClassifiedSender } from '../../lib/messaging/sender';
import { personalSideFrom, grantStateFrom } from '../../lib/status/mailbox-facts';
import { createRepo } from '../../lib/store/repo';

const hubspot: ClassifiedSender = { kind: 'content', tabId: 3, host: 'app.hubspot.com', url: 'https://app.hubspot.com/settings/1/user-preferences/email' };
const PATH = '/settings/1/user-preferences/email';

function setup() {
  const repo = createRepo({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });
  let tick = 0;
  // A strictly increasing clock: each snapshot is newer than the last.
  const now = () => new Date(Date.UTC(2026, 10, 1, 12, 0, tick++)).toISOString();
  const handle = createObservationSnapshotHandler(repo, now);
  const send = (request: SnapshotRequest, sender = hubspot) => handle(v.parse(observationSnapshotProtocol['observation/snapshot'].request, request), { sender });
  const ofAddress = (address: string) => repo.getAllByIndex('observations', 'address', address);
  return { repo, send, ofAddress };
}

const inbox = (address: string, state: 'connected' | 'disabled') => ({ address, value: { state, error: null } });

describe('observation/snapshot handler', () => {
  it('stores one observation per item, with the sender host and the scope', async () => {
    const { send, ofAddress } = setup();
    const answer = await send({ kind: 'crm-personal-inbox', path: PATH, scope: 'portal:1:user:a@x.example', items: [inbox('A@x.example', 'connected'), inbox('b@x.example', 'disabled')] });
    expect(answer).toEqual({ stored: 2, gone: 0 });
    const [a] = await ofAddress('a@x.example');
    expect(a).toMatchObject({ kind: 'crm-personal-inbox', host: 'app.hubspot.com', path: PATH, value: { state: 'connected', scope: 'portal:1:user:a@x.example' } });
  });

  it('makes each listed personal inbox a known mailbox with the provider its row names', async () => {
    const { send, repo } = setup();
    const scope = 'portal:1:user:a@x.example';
    await send({ kind: 'crm-personal-inbox', path: PATH, scope, items: [{ address: 'it@x.example', value: { state: 'connected', error: null, provider: 'imap' } }, inbox('b@x.example', 'disabled')] });
    expect(await repo.get('mailboxes', 'it@x.example')).toMatchObject({ kind: 'personal', provider: 'imap' });
    expect(await repo.get('mailboxes', 'b@x.example')).toMatchObject({ kind: 'personal', provider: 'unknown' });
  });

  it('marks an inbox that left the list as removed, once', async () => {
    const { send, ofAddress } = setup();
    const scope = 'portal:1:user:a@x.example';
    await send({ kind: 'crm-personal-inbox', path: PATH, scope, items: [inbox('a@x.example', 'connected'), inbox('b@x.example', 'disabled')] });
    expect(await send({ kind: 'crm-personal-inbox', path: PATH, scope, items: [inbox('a@x.example', 'connected')] })).toEqual({ stored: 1, gone: 1 });
    const b = await ofAddress('b@x.example');
    expect(b.map((o) => o.value.state)).toEqual(['disabled', 'removed']);
    expect(personalSideFrom(b)?.state).toBe('removed');
    // Still missing next time: nothing new is written for it.
    expect(await send({ kind: 'crm-personal-inbox', path: PATH, scope, items: [inbox('a@x.example', 'connected')] })).toEqual({ stored: 1, gone: 0 });
    expect(await ofAddress('b@x.example')).toHaveLength(2);
  });

  it('an empty list marks everything of that scope gone', async () => {
    const { send, ofAddress } = setup();
    const scope = 'portal:1:user:a@x.example';
    await send({ kind: 'crm-personal-inbox', path: PATH, scope, items: [inbox('a@x.example', 'connected')] });
    expect(await send({ kind: 'crm-personal-inbox', path: PATH, scope, items: [] })).toEqual({ stored: 0, gone: 1 });
    expect((await ofAddress('a@x.example')).at(-1)?.value.state).toBe('removed');
  });

  it('never compares across scopes, paths or hosts', async () => {
    const { send, ofAddress } = setup();
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: 'portal:1:user:a@x.example', items: [inbox('a@x.example', 'connected')] });
    // Another user's list, another portal's page, another data-centre host: none says a@ is gone.
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: 'portal:1:user:b@x.example', items: [] });
    await send({ kind: 'crm-personal-inbox', path: '/settings/2/user-preferences/email', scope: 'portal:1:user:a@x.example', items: [] });
    await send({ kind: 'crm-personal-inbox', path: PATH, scope: 'portal:1:user:a@x.example', items: [] }, { ...hubspot, host: 'app-eu1.hubspot.com' });
    expect((await ofAddress('a@x.example')).map((o) => o.value.state)).toEqual(['connected']);
  });

  it('marks a vanished team channel archived, keeping its inbox id', async () => {
    const { send, ofAddress } = setup();
    const path = '/live-messages-settings/1/inboxes/7/channels';
    await send({ kind: 'crm-team-channel', path, scope: 'inbox:7', items: [{ address: 'support@x.example', value: { inboxId: '7', archived: false } }] });
    expect(await send({ kind: 'crm-team-channel', path, scope: 'inbox:7', items: [] })).toEqual({ stored: 0, gone: 1 });
    expect((await ofAddress('support@x.example')).at(-1)?.value).toEqual({ inboxId: '7', archived: true, scope: 'inbox:7' });
  });

  it('marks a grant that left a consent page absent; an explicit absent is not repeated', async () => {
    const { send, ofAddress } = setup();
    const google: ClassifiedSender = { kind: 'content', tabId: 4, host: 'myaccount.google.com' };
    const grant = (present: boolean) => ({ address: 'a@x.example', value: { present, app: 'HubSpot', provider: 'google' } });
    await send({ kind: 'provider-grant', path: '/connections', scope: 'a@x.example', items: [grant(true)] }, google);
    expect(await send({ kind: 'provider-grant', path: '/connections', scope: 'a@x.example', items: [] }, google)).toEqual({ stored: 0, gone: 1 });
    const seen = await ofAddress('a@x.example');
    expect(seen.at(-1)?.value).toEqual({ app: 'HubSpot', provider: 'google', present: false, scope: 'a@x.example' });
    expect(grantStateFrom([], seen).state).toBe('absent');
    await send({ kind: 'provider-grant', path: '/connections', scope: 'a@x.example', items: [] }, google);
    expect(await ofAddress('a@x.example')).toHaveLength(2);
  });
});
