/**
 * Plan API calls use fresh tokens, as the sync does: an admin token that expired since the
 * sign-in is renewed before the delete and its check (they used to fail until a sync renewed it).
 * An Entra delete needs the step's own write permission: without it nothing is recorded or
 * called, and the refusal says so.
 */
import { describe, expect, it } from 'vitest';
import { credentialId } from '../../lib/store/records';
import { ADMIN_SCOPE, googleToken, graphToken } from '../clients/provider-tokens';
import { ENTRA_ADMIN, GOOGLE_ADMIN, planBed, stepOf, type PlanBed } from './helpers';

const later = () => new Date(Date.now() + 1000).toISOString();

async function atProviderStep(bed: PlanBed, address: string) {
  await bed.seed(address);
  await bed.observe({ kind: 'crm-personal-inbox', address, value: { state: 'removed' }, observedAt: later() });
  return bed.start(address);
}

describe('plan calls renew the admin token first', () => {
  it('a Workspace revoke an hour after sign-in renews the expired token, deletes once and verifies', async () => {
    const renewed: string[] = [];
    const bed = planBed(undefined, {
      tokens: ({ repo, sandbox }) => ({
        async fresh(provider, account) {
          const stored = await repo.get('credentials', credentialId(provider, account));
          if (stored && Date.parse(stored.expiresAt ?? '') > Date.now()) return stored.accessToken;
          // As lib/auth's freshGoogleAccessToken does: a new token, stored for the next call.
          const token = googleToken(sandbox.world, account, [ADMIN_SCOPE]);
          renewed.push(account);
          await repo.putMany('credentials', [{ ...stored!, accessToken: token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }]);
          return token;
        },
        graphWrite: async () => undefined,
      }),
    });
    // The token the admin signed in with has expired (the sandbox refuses it).
    const stored = await bed.repo.get('credentials', credentialId('google', GOOGLE_ADMIN));
    await bed.repo.putMany('credentials', [{ ...stored!, accessToken: 'expired-google-token', expiresAt: new Date(Date.now() - 60_000).toISOString() }]);
    const plan = await atProviderStep(bed, 'greta.bauer@nordlicht.example');
    const ran = await bed.runner.advance(plan.id, { type: 'run-api', stepId: 'revoke-google-workspace/revoke', confirmed: true });
    expect(stepOf(ran.plan, 'revoke-google-workspace/revoke')).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(stepOf(ran.plan, 'revoke-google-workspace/verify')).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(renewed).toEqual([GOOGLE_ADMIN]);
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(1);
    expect(bed.sandbox.world.requests.filter((r) => r.status === 401)).toEqual([]);
  });
});

describe('an Entra delete', () => {
  const address = 'lars.andersson@nordlicht-nordic.example';
  const revoke = 'revoke-microsoft-admin/revoke';

  it('without the step\'s write permission records and calls nothing, and says why', async () => {
    const bed = planBed(undefined, { tokens: ({ repo }) => ({ fresh: async (p, a) => (await repo.get('credentials', credentialId(p, a)))?.accessToken ?? '', graphWrite: async () => undefined }) });
    const plan = await atProviderStep(bed, address);
    expect(stepOf(plan, revoke).state).toBe('active');
    const refused = await bed.runner.advance(plan.id, { type: 'run-api', stepId: revoke, confirmed: true });
    expect(refused).toMatchObject({ changed: false, refused: 'write-consent-needed' });
    expect(stepOf(await bed.runner.getPlan(plan.id), revoke)).toMatchObject({ state: 'active' });
    expect(stepOf(await bed.runner.getPlan(plan.id), revoke).intentAt).toBeUndefined();
    expect(bed.sandbox.world.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect((await bed.repo.getAll('audit')).some((e) => e.action === 'step.run' && e.result === 'refused' && e.detail?.includes(ENTRA_ADMIN))).toBe(true);
  });

  it('with it, deletes through the write token while the sign-in\'s read-only token cannot', async () => {
    let readToken = '';
    let writeToken = '';
    const bed = planBed(undefined, {
      tokens: ({ repo, sandbox }) => {
        readToken = graphToken(sandbox.world, ENTRA_ADMIN, ['https://graph.microsoft.com/Directory.Read.All']);
        writeToken = graphToken(sandbox.world, ENTRA_ADMIN, ['https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All']);
        return { fresh: async (p, a) => (p === 'microsoft' ? readToken : (await repo.get('credentials', credentialId(p, a)))?.accessToken ?? ''), graphWrite: async () => writeToken };
      },
    });
    const plan = await atProviderStep(bed, address);
    const ran = await bed.runner.advance(plan.id, { type: 'run-api', stepId: revoke, confirmed: true });
    expect(stepOf(ran.plan, revoke)).toMatchObject({ state: 'done', completedBy: 'api' });
    const deletes = bed.sandbox.world.requests.filter((r) => r.method === 'DELETE' && r.host === 'graph.microsoft.com');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.status).toBe(204);
  });
});
