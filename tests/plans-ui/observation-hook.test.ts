/**
 * The observation handlers feed what they stored to the running plans: a guided step completes
 * when HubSpot's Connected emails page shows its outcome; a removal the page proves (the user
 * removed the inbox there) completes both HubSpot steps, one it does not prove completes none and
 * says why on the step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { observationSnapshot } from '../../lib/background/handlers/observation-snapshot';
import { backgroundPlanRunner } from '../../lib/background/handlers/plans/runner';
import { rememberUserAction } from '../../lib/background/user-actions';
import { readPlanInputs } from '../../lib/plans';
import { createStoreAccess } from '../../lib/store/access';
import { repo } from '../../lib/store/repo';
import { clearPlans } from './plan-world';

const ADDRESS = 'anna@example.com';
const PATH = '/settings/4480123/user-preferences/email';
const content = { sender: { kind: 'content' as const, tabId: 12, host: 'app.hubspot.com', url: `https://app.hubspot.com${PATH}` } };
const SCOPE = 'portal:4480123:user:anna';
const listing = (state: string) => ({ kind: 'crm-personal-inbox' as const, path: PATH, scope: SCOPE, items: [{ address: ADDRESS, value: { state } }], listing: 'complete' as const });

async function startPlan() {
  await repo.upsertMailbox({ address: ADDRESS, provider: 'google', kind: 'personal', portalId: 4480123 });
  await repo.addObservation({ kind: 'crm-personal-inbox', address: ADDRESS, host: 'app.hubspot.com', path: PATH, value: { state: 'connected' }, observedAt: new Date(Date.now() - 60_000).toISOString() });
  const inputs = await readPlanInputs(createStoreAccess(), ADDRESS);
  return backgroundPlanRunner().startPlan({ facts: inputs.facts, capabilities: inputs.capabilities, portal: inputs.portal! });
}
const stateOf = async (planId: string, stepId: string) =>
  (await backgroundPlanRunner().getPlan(planId))?.steps.find((s) => s.id === stepId)?.state;

afterEach(async () => {
  await repo.clearByPolicy('sign-out');
  await clearPlans();
});

describe('observations reach the running plan', () => {
  it('a snapshot showing the inbox disabled completes the "disable" step', async () => {
    const plan = await startPlan();
    expect(await stateOf(plan.id, 'disconnect-personal-inbox/disable')).toBe('active');
    await observationSnapshot({ kind: 'crm-personal-inbox', path: PATH, scope: 'portal:4480123:user:anna', items: [{ address: ADDRESS, value: { state: 'disabled' } }], listing: 'complete' }, content);
    expect(await stateOf(plan.id, 'disconnect-personal-inbox/disable')).toBe('done');
    expect(await stateOf(plan.id, 'disconnect-personal-inbox/remove')).toBe('active');
  });

  it('the inbox gone from the page after the user removed it there completes both HubSpot steps', async () => {
    const plan = await startPlan();
    await observationSnapshot(listing('connected'), content);
    await rememberUserAction(12, { kind: 'crm-personal-inbox', address: ADDRESS, host: 'app.hubspot.com', at: new Date().toISOString() });
    await observationSnapshot({ ...listing('connected'), items: [] }, content);
    expect(await stateOf(plan.id, 'disconnect-personal-inbox/disable')).toBe('done');
    expect(await stateOf(plan.id, 'disconnect-personal-inbox/remove')).toBe('done');
  });

  it('the inbox gone from a searched list completes nothing; the step says why and that the user decides', async () => {
    const plan = await startPlan();
    await observationSnapshot(listing('connected'), content);
    await rememberUserAction(12, { kind: 'crm-personal-inbox', address: ADDRESS, host: 'app.hubspot.com', at: new Date().toISOString() });
    await observationSnapshot({ ...listing('connected'), items: [], listing: 'filtered' }, content);
    const step = (await backgroundPlanRunner().getPlan(plan.id))?.steps.find((s) => s.id === 'disconnect-personal-inbox/disable');
    expect(step).toMatchObject({ state: 'active', note: { code: 'page-unproven', data: { host: 'app.hubspot.com', reason: 'filtered', then: 'confirm' } } });
  });
});
