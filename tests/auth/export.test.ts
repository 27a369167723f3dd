import { describe, expect, it } from 'vitest';
import { buildExport } from '../../lib/auth/export';
import { connectHubSpot } from '../../lib/auth/hubspot';
import { freshRepo, sandboxFetch } from './helpers';

describe('local data export', () => {
  it('holds the cache and settings but no credential and no token anywhere', async () => {
    const repo = freshRepo();
    await connectHubSpot('demo-token-full', { repo, fetch: sandboxFetch().fetch });
    await repo.putMany('credentials', [{ id: 'microsoft:a@x.example', provider: 'microsoft', kind: 'oauth', accessToken: 'eyJ-access-secret', refreshToken: 'refresh-secret-123', scopes: [], account: 'a@x.example', savedAt: 'x' }]);
    await repo.upsertMailbox({ address: 'ada@example.com', provider: 'google' });
    // A token that slipped into another record (a bug elsewhere) must still not be exported.
    await repo.appendAudit({ actor: 'test', action: 'oops', subject: 'x', result: 'ok', detail: 'leaked refresh-secret-123 here' });
    await repo.setMeta('settings', { locale: 'de', syncIntervalMinutes: 15 });

    const exported = await buildExport(repo, new Date('2026-02-03T04:05:06Z'));
    const text = JSON.stringify(exported);
    expect(exported).toMatchObject({ format: 'inboxlink-export', exportedAt: '2026-02-03T04:05:06.000Z', meta: { settings: { locale: 'de', syncIntervalMinutes: 15 }, hubspotPortal: { portalId: 4480123 } } });
    expect(exported.stores.mailboxes).toMatchObject([{ address: 'ada@example.com' }]);
    expect(exported.stores).not.toHaveProperty('credentials');
    for (const secret of ['demo-token-full', 'eyJ-access-secret', 'refresh-secret-123']) expect(text).not.toContain(secret);
    expect(text).toContain('leaked [redacted] here');
  });
});

describe('token-shaped text in the export', () => {
  it.each([
    ['an OAuth fragment in an observed URL', 'https://x.chromiumapp.org/#access_token=ya29.abcdefghijkl&state=1', 'https://x.chromiumapp.org/#access_token=[redacted]&state=1'],
    ['a bearer header in an error', 'GET failed: Authorization: Bearer abc.def-ghi_123', 'GET failed: Authorization: Bearer [redacted]'],
    ['a JWT', 'token eyJhbGciOiJI.eyJzdWIiOiIx.c2lnbmF0dXJl seen', 'token [redacted] seen'],
    ['a HubSpot private-app key', 'key pat-na1-12345678-90ab-cdef-1234-567890abcdef', 'key [redacted]'],
    ['a Google refresh token', 'rt 1//0gABCDEFGHIJKLMNOPQRST', 'rt [redacted]'],
  ])('redacts %s even when it is not a stored token', async (_name, text, expected) => {
    const repo = freshRepo();
    await repo.appendAudit({ actor: 'test', action: 'note', subject: 'x', result: 'ok', detail: text });
    const exported = await buildExport(repo);
    expect(exported.stores.audit).toMatchObject([{ detail: expected }]);
  });

  it('leaves ordinary text alone', async () => {
    const repo = freshRepo();
    const detail = 'records: mailboxes 42; tokens removed: hubspot:4480123, google:admin@example.com';
    await repo.appendAudit({ actor: 'test', action: 'note', subject: 'x', result: 'ok', detail });
    expect((await buildExport(repo)).stores.audit).toMatchObject([{ detail }]);
  });
});
