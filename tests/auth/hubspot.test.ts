import { describe, expect, it } from 'vitest';
import { connectHubSpot, disconnectHubSpot } from '../../lib/auth/hubspot';
import { credentialId } from '../../lib/store/records';
import { everythingStored, freshRepo, offlineFetch, sandboxFetch } from './helpers';

describe('connectHubSpot against the sandbox', () => {
  it('saves a full token with its portal and scopes, and audits without the token', async () => {
    const repo = freshRepo();
    const { fetch } = sandboxFetch();
    const result = await connectHubSpot('  demo-token-full \n', { repo, fetch });
    expect(result).toMatchObject({ ok: true, portalId: 4480123, uiDomain: 'app.hubspot.com', scopeSource: 'probe', missingOptional: [] });
    expect(result.ok && result.scopes).toContain('conversations.read');
    const credential = await repo.get('credentials', credentialId('hubspot'));
    expect(credential).toMatchObject({ provider: 'hubspot', kind: 'static-token', accessToken: 'demo-token-full', portalId: 4480123 });
    expect(await repo.getMeta('hubspotPortal')).toMatchObject({ portalId: 4480123 });
    const audit = await repo.getAll('audit');
    expect(audit).toMatchObject([{ action: 'hubspot-connect', subject: 'hubspot:4480123', result: 'ok' }]);
    expect(JSON.stringify(audit)).not.toContain('demo-token');
  });

  it('says an expired token expired and saves nothing', async () => {
    const repo = freshRepo();
    const result = await connectHubSpot('demo-token-expired', { repo, fetch: sandboxFetch().fetch });
    expect(result).toEqual({ ok: false, reason: 'expired' });
    expect(await repo.getAll('credentials')).toEqual([]);
    expect(await repo.getAll('audit')).toMatchObject([{ action: 'hubspot-connect', result: 'refused', detail: 'expired' }]);
  });

  it('does not recognise an unknown token', async () => {
    const repo = freshRepo();
    expect(await connectHubSpot('pat-na1-not-a-token', { repo, fetch: sandboxFetch().fetch })).toEqual({ ok: false, reason: 'unrecognised' });
    expect(await repo.getAll('credentials')).toEqual([]);
  });

  it('refuses a token without conversations.read and names the scope', async () => {
    const repo = freshRepo();
    const result = await connectHubSpot('demo-token-no-conversations', { repo, fetch: sandboxFetch().fetch });
    expect(result).toEqual({ ok: false, reason: 'missing-scopes', missingScopes: ['conversations.read'] });
    expect(await repo.getAll('credentials')).toEqual([]);
    expect(JSON.stringify(await repo.getAll('audit'))).not.toContain('demo-token');
  });

  it('refuses an empty token without a request', async () => {
    let called = false;
    const result = await connectHubSpot('   ', { repo: freshRepo(), fetch: async () => { called = true; throw new Error('no'); } });
    expect(result).toEqual({ ok: false, reason: 'empty' });
    expect(called).toBe(false);
  });

  it('says offline when the network fails', async () => {
    expect(await connectHubSpot('demo-token-full', { repo: freshRepo(), fetch: offlineFetch })).toEqual({ ok: false, reason: 'offline' });
  });

  it('learns the scopes by probing, the token never in a URL (no introspection by path)', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const full = await connectHubSpot('demo-token-full', { repo: freshRepo(), fetch });
    expect(full).toMatchObject({ ok: true, portalId: 4480123, scopeSource: 'probe' });
    // The login history's scope is probed too (the People page shows last logins with it), though no need depends on it.
    expect(full.ok && [...full.scopes].sort()).toEqual(['account-info.security.read', 'conversations.read', 'crm.objects.owners.read', 'settings.users.read', 'settings.users.teams.read']);
    const partial = await connectHubSpot('demo-token-no-conversations', { repo: freshRepo(), fetch });
    expect(partial).toEqual({ ok: false, reason: 'missing-scopes', missingScopes: ['conversations.read'] });
    expect(sandbox.world.requests.some((entry) => entry.path.startsWith('/conversations/v3/conversations/inboxes'))).toBe(true);
    // Neither path nor query ever carries a token: proxies and logs keep URLs.
    const urls = sandbox.world.requests.map((entry) => `${entry.path}?${entry.query}`);
    expect(urls.filter((url) => url.includes('demo-token') || url.includes('/oauth/'))).toEqual([]);
  });

  it('clears the previous portal\'s data when another portal connects', async () => {
    const repo = freshRepo();
    await repo.putMany('credentials', [{ id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: 'old', scopes: [], portalId: 1, savedAt: '2025-01-01T00:00:00Z' }]);
    await repo.putMany('teams', [{ id: 't1', name: 'Old portal team', syncedAt: '2025-01-01T00:00:00Z' } as never]);
    await connectHubSpot('demo-token-full', { repo, fetch: sandboxFetch().fetch });
    expect(await repo.getAll('teams')).toEqual([]);
    expect((await repo.get('credentials', 'hubspot'))?.portalId).toBe(4480123);
  });
});

describe('disconnectHubSpot', () => {
  it('removes the token, HubSpot data and sync state, keeps other tokens and the audit log', async () => {
    const repo = freshRepo();
    await connectHubSpot('demo-token-full', { repo, fetch: sandboxFetch().fetch });
    await repo.putMany('credentials', [{ id: 'google:a@x.example', provider: 'google', kind: 'oauth', accessToken: 'g', scopes: [], account: 'a@x.example', savedAt: 'x' }]);
    await repo.putMany('teams', [{ id: 't1', name: 'Team', syncedAt: 'x' } as never]);
    await repo.setMeta('syncStatus', { state: 'reconnect-hubspot', updatedAt: 'x' } as never);
    await repo.setMeta('syncLease', { holder: 'h', expiresAt: 'x' });
    expect(await disconnectHubSpot({ repo })).toEqual({ disconnected: true });
    expect(await repo.get('credentials', 'hubspot')).toBeUndefined();
    expect(await repo.get('credentials', 'google:a@x.example')).toBeDefined();
    expect(await repo.getAll('teams')).toEqual([]);
    expect(await repo.getMeta('syncStatus')).toBeUndefined();
    expect(await repo.getMeta('syncLease')).toBeUndefined();
    expect(await repo.getMeta('hubspotPortal')).toBeUndefined();
    const audit = await repo.getAll('audit');
    expect(audit.map((entry) => entry.action)).toEqual(['hubspot-connect', 'hubspot-disconnect']);
    expect(await everythingStored(repo, ['credentials'])).not.toContain('demo-token-full');
  });
});

