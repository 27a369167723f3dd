/**
 * plan/start and plan/advance over the real plan runner and the in-process sandbox (tests/plans
 * helpers), and resume on worker start: the handlers pass the user's events through; the runner
 * refuses what is not allowed and audits it.
 */
import { describe, expect, it } from 'vitest';
import { createPlanAdvanceHandler } from '../../lib/background/handlers/plans/plan-advance';
import { createPlanStartHandler } from '../../lib/background/handlers/plans/plan-start';
import { resumeRunningPlans } from '../../lib/background/plan-resume';
import { createStoreAccess } from '../../lib/store/access';
import { IDBFactory } from 'fake-indexeddb';
import { onPage, planBed, stepOf, type PlanBed } from '../plans/helpers';

const WORKSPACE_USER = 'joerg.mueller@nordlicht.example';
const REVOKE = 'revoke-google-workspace/revoke';
const ctx = { sender: { kind: 'extension' as const, url: 'chrome-extension://x/sidepanel.html' } };

function handlersOf(bed: PlanBed) {
  return {
    start: createPlanStartHandler(() => bed.access, () => bed.runner),
    advance: createPlanAdvanceHandler(() => bed.runner),
  };
}

async function startedAtProviderStep(bed: PlanBed): Promise<string> {
  await bed.seed(WORKSPACE_USER);
  const answer = await handlersOf(bed).start({ address: WORKSPACE_USER }, ctx);
  if (!('planId' in answer)) throw new Error(`refused: ${answer.refused}`);
  for (const state of ['disabled', 'removed']) {
    const observation = { kind: 'crm-personal-inbox' as const, address: WORKSPACE_USER, value: { state }, observedAt: new Date(Date.now() + 1000).toISOString() };
    await bed.observe(observation);
    await bed.runner.observe(onPage(observation));
  }
  return answer.planId;
}

describe('plan/start', () => {
  it('refuses with no-portal while HubSpot is not connected, and starts nothing', async () => {
    const access = createStoreAccess({ factory: new IDBFactory() });
    const bed = planBed();
    const start = createPlanStartHandler(() => access, () => bed.runner);
    expect(await start({ address: WORKSPACE_USER }, ctx)).toEqual({ refused: 'no-portal' });
    expect(await bed.runner.runningPlans()).toHaveLength(0);
  });

  it('starts the plan once: a second start answers the running plan', async () => {
    const bed = planBed();
    await bed.seed(WORKSPACE_USER);
    const { start } = handlersOf(bed);
    const first = await start({ address: WORKSPACE_USER }, ctx);
    const second = await start({ address: WORKSPACE_USER }, ctx);
    expect('planId' in first && first.planId).toBeTruthy();
    expect(second).toEqual(first);
    expect(await bed.runner.runningPlans()).toHaveLength(1);
  });
});

describe('plan/advance', () => {
  it('refuses run-api without confirmation (nothing deleted, refusal audited), runs it with confirmation', async () => {
    const bed = planBed();
    const planId = await startedAtProviderStep(bed);
    const { advance } = handlersOf(bed);

    const refused = await advance({ planId, event: { type: 'run-api', stepId: REVOKE, confirmed: false } }, ctx);
    expect(refused).toEqual({ changed: false, status: 'running', refused: 'not-confirmed' });
    expect(bed.requests('DELETE', '/tokens')).toHaveLength(0);
    expect((await bed.repo.getAll('audit')).some((e) => e.action === 'step.run' && e.result === 'refused')).toBe(true);

    const ran = await advance({ planId, event: { type: 'run-api', stepId: REVOKE, confirmed: true } }, ctx);
    expect(ran).toMatchObject({ changed: true, status: 'done' });
    expect(bed.requests('DELETE', '/tokens')).toHaveLength(1);
    expect(stepOf(await bed.runner.getPlan(planId), REVOKE)).toMatchObject({ state: 'done', completedBy: 'api' });
  });

  it('refuses a confirmation for an api step and cancels a plan', async () => {
    const bed = planBed();
    const planId = await startedAtProviderStep(bed);
    const { advance } = handlersOf(bed);
    expect(await advance({ planId, event: { type: 'confirmed', stepId: REVOKE } }, ctx)).toMatchObject({ changed: false, refused: 'api-step-needs-run' });
    expect(await advance({ planId, event: { type: 'cancel' } }, ctx)).toEqual({ changed: true, status: 'cancelled' });
    expect(bed.requests('DELETE', '/tokens')).toHaveLength(0);
  });

  it('answers an unknown plan with a refusal', async () => {
    const bed = planBed();
    expect(await handlersOf(bed).advance({ planId: 'nope', event: { type: 'cancel' } }, ctx)).toEqual({ changed: false, status: null, refused: 'unknown-plan' });
  });
});

describe('resume on worker start', () => {
  it('settles an intent a killed worker left: verifies with Google, never deletes twice', async () => {
    const bed = planBed();
    const planId = await startedAtProviderStep(bed);
    // The DELETE reaches Google, then the network is gone: the runner cannot tell what happened.
    let deleted = false;
    bed.setFetch(async (request, sandbox) => {
      if (deleted) throw new Error('offline');
      const response = await sandbox.handle(request);
      if (request.method === 'DELETE') { deleted = true; throw new Error('worker killed'); }
      return response;
    });
    await bed.runner.advance(planId, { type: 'run-api', stepId: REVOKE, confirmed: true });
    bed.setFetch((request, sandbox) => sandbox.handle(request));
    const fresh = bed.restart();
    expect(stepOf(await fresh.getPlan(planId), REVOKE).state).toBe('intent-recorded');
    expect(await resumeRunningPlans(fresh)).toBe(1);
    const after = stepOf(await fresh.getPlan(planId), REVOKE);
    expect(bed.requests('DELETE', '/tokens')).toHaveLength(1);
    expect(after).toMatchObject({ state: 'done', completedBy: 'api' });
  });
});
