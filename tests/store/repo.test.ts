import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/model';
import { credentialId } from '../../lib/store/records';
import { freshRepo, sampleRecords } from './fixtures';

function clock(...times: string[]) {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)] ?? 'never';
}

function observation(kind: Observation['kind'], observedAt: string, value: Observation['value']) {
  return { kind, address: 'Ada@Example.com ', host: 'app.hubspot.com', path: '/settings', value, observedAt };
}

describe('store repo', () => {
  it('upsertMailbox creates, then merges without moving firstSeenAt or erasing known fields', async () => {
    const { repo } = freshRepo(clock('2025-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z'));

    const created = await repo.upsertMailbox({ address: ' Ada@Example.com', provider: 'google', portalId: 7 });
    expect(created).toEqual({
      address: 'ada@example.com',
      provider: 'google',
      kind: 'personal',
      portalId: 7,
      firstSeenAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });

    const merged = await repo.upsertMailbox({ address: 'ada@example.com', kind: 'team', portalId: undefined });
    expect(merged).toEqual({ ...created, kind: 'team', updatedAt: '2025-03-01T00:00:00.000Z' });
    expect(await repo.getAll('mailboxes')).toEqual([merged]);
  });

  it('latestObservations returns the newest of each kind for an address', async () => {
    const { repo } = freshRepo();
    await repo.addObservation(observation('crm-personal-inbox', '2025-01-02T00:00:00.000Z', { state: 'connected' }));
    await repo.addObservation(observation('crm-personal-inbox', '2025-01-03T00:00:00.000Z', { state: 'disabled' }));
    await repo.addObservation(observation('crm-personal-inbox', '2025-01-01T00:00:00.000Z', { state: 'removed' }));
    await repo.addObservation(observation('provider-grant', '2025-01-01T00:00:00.000Z', { present: true }));
    await repo.addObservation({ ...observation('provider-grant', '2025-02-01T00:00:00.000Z', {}), address: 'bob@example.com' });

    const latest = await repo.latestObservations('ADA@example.com');
    expect(Object.keys(latest).sort()).toEqual(['crm-personal-inbox', 'provider-grant']);
    expect(latest['crm-personal-inbox']?.value).toEqual({ state: 'disabled' });
    expect(latest['crm-personal-inbox']?.address).toBe('ada@example.com');
    expect(latest['provider-grant']?.value).toEqual({ present: true });
  });

  it('putMany is idempotent on stable keys and getAllByIndex answers', async () => {
    const { repo } = freshRepo();
    const grant = sampleRecords.grants;
    const other = { ...grant, key: 'google:bob@example.com:hubspot', address: 'bob@example.com' };
    await repo.putMany('grants', [grant, other]);
    await repo.putMany('grants', [grant, { ...other, state: 'absent' }]);

    expect(await repo.getAll('grants')).toHaveLength(2);
    expect(await repo.getAllByIndex('grants', 'address', 'bob@example.com')).toEqual([{ ...other, state: 'absent' }]);
    await repo.remove('grants', grant.key);
    expect(await repo.get('grants', grant.key)).toBeUndefined();
  });

  it('appendAudit numbers entries and stamps the time', async () => {
    const { repo } = freshRepo(clock('2025-05-05T00:00:00.000Z'));
    const first = await repo.appendAudit({ actor: 'ada', action: 'revoke', subject: 'ada@example.com', result: 'ok' });
    const second = await repo.appendAudit({ actor: 'ada', action: 'verify', subject: 'x', result: 'failed', at: 'T' });
    expect(second).toBeGreaterThan(first);
    expect(await repo.get('audit', first)).toMatchObject({ id: first, at: '2025-05-05T00:00:00.000Z' });
    expect(await repo.getAllByIndex('audit', 'subject', 'x')).toMatchObject([{ at: 'T', result: 'failed' }]);
  });

  it('getMeta and setMeta keep typed values under out-of-line keys', async () => {
    const { repo } = freshRepo();
    expect(await repo.getMeta('settings')).toBeUndefined();
    await repo.setMeta('settings', { locale: 'pl', syncIntervalMinutes: 30 });
    await repo.setMeta('lastSyncAt', { 'hubspot:users': '2025-01-01T00:00:00.000Z' });
    expect(await repo.getMeta('settings')).toEqual({ locale: 'pl', syncIntervalMinutes: 30 });
    expect(await repo.getMeta('lastSyncAt')).toEqual({ 'hubspot:users': '2025-01-01T00:00:00.000Z' });
  });

  it('keys credentials: one HubSpot token, one per provider account', () => {
    expect(credentialId('hubspot', 'ignored@example.com')).toBe('hubspot');
    expect(credentialId('google', 'ada@example.com')).toBe('google:ada@example.com');
    expect(credentialId('microsoft')).toBe('microsoft');
  });
});
