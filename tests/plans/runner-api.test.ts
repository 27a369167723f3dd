/**
 * Api steps against the sandbox with the real clients: intent before the call, result after it,
 * verification by listing again, no destructive call without confirmation, and the crash test:
 * a worker that dies after the DELETE reached Google but before the result was written verifies
 * on resume and never deletes twice.
 */
import { describe, expect, it } from 'vitest';
import type { RunPlan } from '../../lib/plans/types';
import { GOOGLE_ADMIN, onPage, planBed, stepOf, type PlanBed } from './helpers';

const WORKSPACE_USER = 'joerg.mueller@nordlicht.example';
const REVOKE = 'revoke-google-workspace/revoke';

const hubspotGrants = (bed: PlanBed, address: string) =>
  (bed.sandbox.world.scenario.providerGrants ?? []).filter((g) => g.address === address && /hubspot/i.test(g.app));

/** Walks the personal inbox's HubSpot side by observations, so the api step becomes current. */
async function atProviderStep(bed: PlanBed, address: string): Promise<RunPlan> {
  await bed.seed(address);
  const plan = await bed.start(address);
  for (const state of ['disabled', 'removed']) {
    // As the snapshot handler does: store what the page showed, then tell the runner.
    const observation = { kind: 'crm-personal-inbox' as const, address, value: { state }, observedAt: new Date(Date.now() + 1000).toISOString() };
    await bed.observe(observation);
    await bed.runner.observe(onPage(observation));
  }
  const current = await bed.runner.getPlan(plan.id);
  if (!current) throw new Error('plan vanished');
  return current;
}

describe('Workspace revoke through the Admin SDK', () => {
  it('deletes HubSpot’s grant after confirmation, verifies by listing again, and audits intent and result', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed, WORKSPACE_USER);
    expect(stepOf(plan, REVOKE).state).toBe('active');
    expect(hubspotGrants(bed, WORKSPACE_USER)).toHaveLength(1);

    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true });

    expect(hubspotGrants(bed, WORKSPACE_USER)).toHaveLength(0);
    // The Zoom grant of the same user is untouched.
    expect((bed.sandbox.world.scenario.providerGrants ?? []).some((g) => g.address === WORKSPACE_USER && g.app === 'Zoom')).toBe(true);
    expect(stepOf(result.plan, REVOKE)).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(stepOf(result.plan, REVOKE).intentAt).toBeDefined();
    expect(stepOf(result.plan, REVOKE).resultAt! >= stepOf(result.plan, REVOKE).intentAt!).toBe(true);
    expect(stepOf(result.plan, 'revoke-google-workspace/verify')).toMatchObject({ state: 'done', completedBy: 'api' });
    const tokenCalls = bed.sandbox.world.requests.filter((r) => r.path.startsWith(`/admin/directory/v1/users/${encodeURIComponent(WORKSPACE_USER)}/tokens`));
    expect(tokenCalls.map((r) => r.method)).toEqual(['GET', 'DELETE', 'GET', 'GET']);
    // Final check: HubSpot side observed, provider side by API → the weakest evidence names it.
    expect(stepOf(result.plan, 'final-check/check')).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(result.plan?.status).toBe('done');

    const audit = await bed.repo.getAll('audit');
    const actions = audit.map((entry) => `${entry.action}:${entry.result}`);
    expect(actions.indexOf('step.intent:ok')).toBeLessThan(actions.indexOf('step.result:ok'));
    expect(actions).toEqual(expect.arrayContaining(['plan.start:ok', 'step.observed:observed', 'step.verify:ok', 'plan.done:ok']));
    expect(audit.every((entry) => entry.subject === WORKSPACE_USER)).toBe(true);
    const intent = audit.find((entry) => entry.action === 'step.intent');
    expect(intent?.detail).toContain(GOOGLE_ADMIN);
    for (const token of bed.tokens) expect(JSON.stringify(audit)).not.toContain(token);
    for (const token of bed.tokens) expect(JSON.stringify(result.plan)).not.toContain(token);
  });

  it('refuses the delete without confirmation: nothing called, refusal audited', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed, WORKSPACE_USER);
    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: false });
    expect(result).toMatchObject({ changed: false, refused: 'not-confirmed' });
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(0);
    expect(hubspotGrants(bed, WORKSPACE_USER)).toHaveLength(1);
    expect(stepOf(result.plan, REVOKE).state).toBe('active');
    expect((await bed.repo.getAll('audit')).filter((e) => e.result === 'refused').map((e) => e.action)).toEqual(['step.run']);
    // A confirmation event cannot complete an api step either.
    expect(await bed.runner.advance(plan.id, { type: 'confirmed', stepId: REVOKE })).toMatchObject({ changed: false, refused: 'api-step-needs-run' });
  });

  it('is idempotent: running a done step again calls nothing', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed, WORKSPACE_USER);
    await bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true });
    const auditBefore = (await bed.repo.getAll('audit')).length;
    const requestsBefore = bed.sandbox.world.requests.length;
    const again = await bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true });
    expect(again.changed).toBe(false);
    expect(bed.sandbox.world.requests.length).toBe(requestsBefore);
    expect((await bed.repo.getAll('audit')).length).toBe(auditBefore);
  });

  it('CRASH: the worker dies after the DELETE succeeded; resume verifies, finds it gone, and never deletes twice', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed, WORKSPACE_USER);
    const dying = new AbortController();
    bed.setFetch(async (request, sandbox) => {
      const response = await sandbox.handle(request);
      if (request.method === 'DELETE') {
        // The answer arrived, but the worker is killed before anything else runs.
        dying.abort(new Error('service worker terminated'));
        throw dying.signal.reason;
      }
      return response;
    });
    await expect(bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true }, dying.signal)).rejects.toThrow('service worker terminated');

    const afterCrash = await bed.runner.getPlan(plan.id);
    expect(stepOf(afterCrash, REVOKE)).toMatchObject({ state: 'intent-recorded' });
    expect(stepOf(afterCrash, REVOKE).resultAt).toBeUndefined();
    expect(hubspotGrants(bed, WORKSPACE_USER)).toHaveLength(0);

    bed.setFetch((request, sandbox) => sandbox.handle(request));
    const restarted = bed.restart();
    // A run-api event for a step with an intent verifies too; here the worker just resumes.
    const resumed = await restarted.advance(plan.id, { type: 'resume' });
    expect(stepOf(resumed.plan, REVOKE)).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(resumed.plan?.status).toBe('done');
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(1);

    const again = await restarted.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true });
    expect(again.changed).toBe(false);
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(1);
    const verify = (await bed.repo.getAll('audit')).find((e) => e.action === 'step.verify' && e.detail?.includes(REVOKE));
    expect(verify).toMatchObject({ result: 'ok' });
  });

  it('CRASH before the call reached Google: resume finds the grant still there and waits for a new confirmation', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed, WORKSPACE_USER);
    const dying = new AbortController();
    bed.setFetch(async (request, sandbox) => {
      if (request.method === 'DELETE') {
        dying.abort(new Error('service worker terminated'));
        throw dying.signal.reason;
      }
      return sandbox.handle(request);
    });
    await expect(bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true }, dying.signal)).rejects.toThrow();
    bed.setFetch((request, sandbox) => sandbox.handle(request));
    const resumed = await bed.restart().advance(plan.id, { type: 'resume' });
    expect(stepOf(resumed.plan, REVOKE)).toMatchObject({ state: 'failed', error: 'interrupted' });
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(0);
    expect(hubspotGrants(bed, WORKSPACE_USER)).toHaveLength(1);
    const retried = await bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true });
    expect(stepOf(retried.plan, REVOKE)).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(1);
  });

  it('a call that fails after reaching Google (no crash) is verified at once instead of retried', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed, WORKSPACE_USER);
    bed.setFetch(async (request, sandbox) => {
      const response = await sandbox.handle(request);
      if (request.method === 'DELETE') throw new TypeError('network connection lost');
      return response;
    });
    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true });
    expect(stepOf(result.plan, REVOKE)).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(1);
  });

  it('without the admin sign-in the step fails with a message naming no token', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed, WORKSPACE_USER);
    await bed.repo.remove('credentials', `google:${GOOGLE_ADMIN}`);
    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true });
    expect(stepOf(result.plan, REVOKE)).toMatchObject({ state: 'intent-recorded', error: 'cannot-verify' });
    expect(stepOf(result.plan, REVOKE).detail).toContain('No google admin sign-in');
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(0);
  });
});

describe('Entra admin revoke through Graph', () => {
  it('deletes the user’s grant to HubSpot Sales and verifies it gone', async () => {
    const bed = planBed();
    const address = 'lars.andersson@nordlicht-nordic.example';
    const plan = await atProviderStep(bed, address);
    const stepId = 'revoke-microsoft-admin/revoke';
    expect(stepOf(plan, stepId).state).toBe('active');
    const before = (bed.sandbox.world.scenario.providerGrants ?? []).filter((g) => g.address === address).length;
    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId, confirmed: true });
    expect(stepOf(result.plan, stepId)).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(stepOf(result.plan, 'revoke-microsoft-admin/verify')).toMatchObject({ state: 'done', completedBy: 'api' });
    expect((bed.sandbox.world.scenario.providerGrants ?? []).filter((g) => g.address === address).length).toBe(before - 1);
    expect(bed.requests('DELETE', '/oauth2PermissionGrants/')).toHaveLength(1);
    // Other users' grants stay.
    expect((bed.sandbox.world.scenario.providerGrants ?? []).some((g) => g.address === 'emma.lindqvist@nordlicht-nordic.example')).toBe(true);
  });
});
