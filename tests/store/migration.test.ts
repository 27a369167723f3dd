import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { createStoreConnection, openStore } from '../../lib/store/open';
import { DB_VERSION } from '../../lib/store/schema';
import { actualLayout, registryLayout } from './describe-schema';


/** Records as version 1 wrote them: mailboxes and observations had no `kind`. */
function v1Mailbox(i: number) {
  return {
    address: `user${i}@example.com`,
    provider: i % 2 === 0 ? 'google' : 'microsoft365',
    firstSeenAt: `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2024-02-01T00:00:00.000Z',
  };
}
function v1Observation(i: number) {
  return {
    address: `user${i % 50}@example.com`,
    host: i % 2 === 0 ? 'mail.google.com' : 'outlook.office.com',
    path: '/mail/u/0/',
    value: { address: `user${i % 50}@example.com` },
    observedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
  };
}

async function createV1Database(factory: IDBFactory) {
  const connection = createStoreConnection({ factory, version: 1 });
  // At version 1 the database is not yet InboxlinkDB: use it untyped, as v1 code did.
  const db = (await connection.open()) as unknown as IDBPDatabase<unknown>;
  const tx = db.transaction(['mailboxes', 'observations', 'meta'], 'readwrite');
  for (let i = 0; i < 50; i += 1) void tx.objectStore('mailboxes').put(v1Mailbox(i));
  for (let i = 0; i < 200; i += 1) void tx.objectStore('observations').add(v1Observation(i));
  void tx.objectStore('meta').put({ locale: 'de' }, 'settings');
  void tx.objectStore('meta').put({ 'hubspot:users': '2024-02-01T00:00:00.000Z' }, 'lastSyncAt');
  await tx.done;
  expect([...db.objectStoreNames].sort()).toEqual(['mailboxes', 'meta', 'observations']);
  await connection.close();
}

describe('migration v1 → v2', () => {
  it('keeps every v1 record, backfills kind, and answers the new indexes', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory);

    const db = await openStore({ factory });
    expect(db.version).toBe(DB_VERSION);

    const mailboxes = await db.getAll('mailboxes');
    expect(mailboxes).toHaveLength(50);
    for (let i = 0; i < 50; i += 1) {
      expect(await db.get('mailboxes', `user${i}@example.com`)).toEqual({ ...v1Mailbox(i), kind: 'personal' });
    }
    expect(await db.getAllFromIndex('mailboxes', 'kind', 'personal')).toHaveLength(50);
    expect(await db.getAllFromIndex('mailboxes', 'provider', 'google')).toHaveLength(25);

    const observations = await db.getAll('observations');
    expect(observations).toHaveLength(200);
    observations.forEach((observation, i) => {
      expect(observation).toEqual({ ...v1Observation(i), id: i + 1, kind: 'signed-in-address' });
    });
    expect(await db.getAllFromIndex('observations', 'kind', 'signed-in-address')).toHaveLength(200);
    const user7 = await db.getAllFromIndex('observations', 'address_kind', ['user7@example.com', 'signed-in-address']);
    expect(user7.map((o) => o.id)).toEqual([8, 58, 108, 158]);
    expect(await db.countFromIndex('observations', 'observedAt', IDBKeyRange.upperBound('2024-01-01T00:00:09.999Z'))).toBe(10);

    expect(await db.get('meta', 'settings')).toEqual({ locale: 'de' });
    expect(await db.get('meta', 'lastSyncAt')).toEqual({ 'hubspot:users': '2024-02-01T00:00:00.000Z' });

    // The auto-increment key generator survives: new observations do not reuse v1 ids.
    const id = await db.add('observations', { ...v1Observation(0), kind: 'provider-grant' });
    expect(id).toBe(201);
  });

  it('builds exactly the registry layout, whether upgraded from v1 or installed fresh', async () => {
    const upgraded = new IDBFactory();
    await createV1Database(upgraded);
    const fresh = new IDBFactory();

    const fromV1 = actualLayout((await openStore({ factory: upgraded })) as unknown as IDBPDatabase<unknown>);
    const fromScratch = actualLayout((await openStore({ factory: fresh })) as unknown as IDBPDatabase<unknown>);

    expect(fromV1).toEqual(registryLayout());
    expect(fromScratch).toEqual(registryLayout());
  });

  it('leaves records that already have a kind untouched', async () => {
    const factory = new IDBFactory();
    const v1 = createStoreConnection({ factory, version: 1 });
    const db = (await v1.open()) as unknown as IDBPDatabase<unknown>;
    await db.put('mailboxes', { ...v1Mailbox(1), kind: 'team' });
    await v1.close();

    const v2 = await openStore({ factory });
    expect((await v2.get('mailboxes', 'user1@example.com'))?.kind).toBe('team');
    expect(await v2.getAllFromIndex('mailboxes', 'kind', 'team')).toHaveLength(1);
  });
});

describe('migration v2 → v3', () => {
  it('keeps every v2 record and adds the history stores, empty and indexed', async () => {
    const factory = new IDBFactory();
    const v2 = createStoreConnection({ factory, version: 2 });
    const db = (await v2.open()) as unknown as IDBPDatabase<unknown>;
    const tx = db.transaction(['grants', 'findings', 'syncState'], 'readwrite');
    void tx.objectStore('grants').put({ key: 'google:ada@example.com:HubSpot', address: 'ada@example.com', provider: 'google', state: 'present', app: 'HubSpot', clientId: '123.apps.googleusercontent.com', scopes: [], evidence: { source: 'admin-api', at: '2026-01-01T00:00:00.000Z' } });
    void tx.objectStore('findings').put({ id: 'half-unlinked:ada@example.com', code: 'half-unlinked', severity: 'warning', subject: 'ada@example.com', evidence: [], foundAt: '2026-01-01T00:00:00.000Z' });
    void tx.objectStore('syncState').put({ job: 'hubspot:users', lastCompletedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    await tx.done;
    await v2.close();

    const v3 = await createStoreConnection({ factory, version: 3 }).open();
    expect(v3.version).toBe(3);
    expect(await v3.get('grants', 'google:ada@example.com:HubSpot')).toMatchObject({ clientId: '123.apps.googleusercontent.com' });
    expect(await v3.count('findings')).toBe(1);
    expect(await v3.get('syncState', 'hubspot:users')).toMatchObject({ lastCompletedAt: '2026-01-01T00:00:00.000Z' });
    for (const store of ['historyEvents', 'historySources', 'syncRuns', 'statusSnapshots'] as const) expect(await v3.count(store)).toBe(0);

    await v3.put('historyEvents', { id: 'google-token-audit:1', source: 'google-token-audit', address: 'ada@example.com', at: '2026-01-02T00:00:00.000Z', kind: 'revoke', result: 'info', where: 'admin.googleapis.com', syncedAt: '2026-01-03T00:00:00.000Z' });
    expect(await v3.getAllFromIndex('historyEvents', 'address', 'ada@example.com')).toHaveLength(1);
    expect(await v3.getAllFromIndex('historyEvents', 'source', 'google-token-audit')).toHaveLength(1);
    expect(await v3.countFromIndex('historyEvents', 'at', IDBKeyRange.lowerBound('2026-01-01T00:00:00.000Z'))).toBe(1);
  });
});

describe('migration v3 → v4', () => {
  it('adds the people stores and keeps every v3 record, history included', async () => {
    const factory = new IDBFactory();
    const v3 = createStoreConnection({ factory, version: 3 });
    const old = (await v3.open()) as unknown as IDBPDatabase<unknown>;
    await old.put('plans', { id: 'p1', flow: 'unlink-mailbox', subject: 'ada@example.com', status: 'running', steps: [], createdAt: 'x', updatedAt: 'x' });
    await old.add('audit', { at: 'x', actor: 'user', action: 'plan.start', subject: 'ada@example.com', result: 'ok' });
    await old.put('crmUsers', { id: '11', email: 'ada@example.com', roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: 'x' });
    await old.put('historyEvents', { id: 'hubspot-logins:1', source: 'hubspot-logins', address: 'ada@example.com', at: '2026-01-02T00:00:00.000Z', kind: 'login', result: 'success', where: 'api.hubapi.com/account-info/v3/activity/login', syncedAt: '2026-01-03T00:00:00.000Z' });
    await old.put('historySources', { key: 'hubspot-logins:hubspot', source: 'hubspot-logins', account: 'hubspot', state: 'ok', checkedAt: '2026-01-03T00:00:00.000Z' });
    expect([...old.objectStoreNames]).not.toContain('imports');
    await v3.close();

    const db = await openStore({ factory });
    expect(db.version).toBe(4);
    expect((await db.get('plans', 'p1'))?.subject).toBe('ada@example.com');
    expect(await db.count('audit')).toBe(1);
    expect((await db.get('crmUsers', '11'))?.email).toBe('ada@example.com');
    expect(await db.getAllFromIndex('historyEvents', 'source', 'hubspot-logins')).toHaveLength(1);
    expect(await db.count('historySources')).toBe(1);
    expect(await db.count('imports')).toBe(0);
    await db.put('importRows', { id: 'i:000001', importId: 'i', index: 1, input: 'b@x.example', address: 'b@x.example', state: 'intent' });
    await db.put('importRows', { id: 'i:000002', importId: 'i', index: 2, input: 'c@x.example', address: 'c@x.example', state: 'created' });
    expect((await db.getAllFromIndex('importRows', 'importId_state', ['i', 'intent'])).map((row) => row.id)).toEqual(['i:000001']);
    expect(await db.countFromIndex('importRows', 'importId', 'i')).toBe(2);
  });
});
