/**
 * Issue 12, point 4: the worker wakes while its Admin SDK DELETE is still in flight. The first
 * listing after the restart still shows HubSpot's token, but that proves nothing yet: the step
 * says "not known yet whether it reached the provider — checking", lists again, and once the
 * DELETE has landed it is done by API with "reached the provider and succeeded" — never the guess
 * "stopped before it reached the provider". Nothing is deleted twice.
 */
import { describe, expect, it } from 'vitest';
import type { RunPlan } from '../../lib/plans/types';
import { onPage, planBed, stepOf, type PlanBed } from './helpers';

const WORKSPACE_USER = 'joerg.mueller@nordlicht.example';
const REVOKE = 'revoke-google-workspace/revoke';

const hubspotGrants = (bed: PlanBed) =>
  (bed.sandbox.world.scenario.providerGrants ?? []).filter((g) => g.address === WORKSPACE_USER && /hubspot/i.test(g.app));

async function atProviderStep(bed: PlanBed): Promise<RunPlan> {
  await bed.seed(WORKSPACE_USER);
  const plan = await bed.start(WORKSPACE_USER);
  for (const state of ['disabled', 'removed']) {
    const observation = { kind: 'crm-personal-inbox' as const, address: WORKSPACE_USER, value: { state }, observedAt: new Date(Date.now() + 1000).toISOString() };
    await bed.observe(observation);
    await bed.runner.observe(onPage(observation));
  }
  return (await bed.runner.getPlan(plan.id)) as RunPlan;
}

describe('worker restarted while the DELETE is in flight', () => {
  it('checks until the provider shows the result, then says the call reached the provider and succeeded', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed);
    const dying = new AbortController();
    let landed: Promise<Response> | undefined;
    // Google handles the DELETE when the test says so: after it saw the step checking, not after
    // a guess at how long the resume takes to get there.
    let land = () => {};
    const landing = new Promise<void>((resolve) => { land = resolve; });
    bed.setFetch(async (request, sandbox) => {
      if (request.method !== 'DELETE') return sandbox.handle(request);
      // The request left; the worker dies before Google handles it, which it does a moment later.
      landed = landing.then(() => sandbox.handle(request));
      dying.abort(new Error('service worker terminated'));
      throw dying.signal.reason;
    });
    await expect(bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true }, dying.signal)).rejects.toThrow('service worker terminated');
    const afterCrash = stepOf(await bed.runner.getPlan(plan.id), REVOKE);
    expect(afterCrash).toMatchObject({ state: 'intent-recorded' });
    expect(afterCrash.sentAt).toBeDefined();
    expect(hubspotGrants(bed)).toHaveLength(1);

    bed.setFetch((request, sandbox) => sandbox.handle(request));
    const resuming = bed.restart().advance(plan.id, { type: 'resume' });
    // Before the DELETE lands: the step says it is checking, and guesses nothing.
    await expect.poll(async () => stepOf(await bed.runner.getPlan(plan.id), REVOKE).error, { timeout: 5_000, interval: 20 }).toBe('in-flight');
    expect(stepOf(await bed.runner.getPlan(plan.id), REVOKE).state).toBe('intent-recorded');
    land();
    expect((await landed)?.status).toBe(204);

    const resumed = await resuming;
    expect(stepOf(resumed.plan, REVOKE)).toMatchObject({ state: 'done', completedBy: 'api', note: { code: 'reached-provider' } });
    expect(stepOf(resumed.plan, REVOKE).error).toBeUndefined();
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(1);
    const audit = (await bed.repo.getAll('audit')).filter((e) => e.detail?.includes(REVOKE));
    expect(audit.map((e) => `${e.action}:${e.result}`)).toEqual(expect.arrayContaining(['step.verify:observed', 'step.verify:ok']));
    expect(audit.some((e) => e.action === 'step.result' && e.result === 'failed')).toBe(false);
  });

  it('a DELETE that never left needs no wait: the step says at once that the provider still lists the access', async () => {
    const bed = planBed();
    const plan = await atProviderStep(bed);
    const dying = new AbortController();
    bed.setFetch(async (request, sandbox) => {
      // The listing before the delete is where the worker dies: no delete was sent.
      if (request.method === 'GET' && request.url.includes('/tokens')) {
        dying.abort(new Error('service worker terminated'));
        throw dying.signal.reason;
      }
      return sandbox.handle(request);
    });
    await expect(bed.runner.advance(plan.id, { type: 'run-api', stepId: REVOKE, confirmed: true }, dying.signal)).rejects.toThrow();
    expect(stepOf(await bed.runner.getPlan(plan.id), REVOKE).sentAt).toBeUndefined();
    bed.setFetch((request, sandbox) => sandbox.handle(request));
    const resumed = await bed.restart().advance(plan.id, { type: 'resume' });
    expect(stepOf(resumed.plan, REVOKE)).toMatchObject({ state: 'failed', error: 'interrupted' });
    const audit = (await bed.repo.getAll('audit')).filter((e) => e.detail?.includes(REVOKE));
    expect(audit.some((e) => e.action === 'step.verify' && e.result === 'observed')).toBe(false);
  });
});
