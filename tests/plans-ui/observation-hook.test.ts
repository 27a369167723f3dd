/**
 * The observation handlers feed what they stored to the running plans: a guided step completes
 * when HubSpot's Connected emails page shows its outcome (report and snapshot alike).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { observationReport } from '../../lib/background/handlers/observation-report';
import { observationSnapshot } from '../../lib/background/handlers/observation-snapshot';
import { backgroundPlanRunner } from '../../lib/background/handlers/plans/runner';
import { readPlanInputs } from '../../lib/plans';
import { createStoreAccess } from '../../lib/store/access';
import { repo } from '../../lib/store/repo';
import { clearPlans } from './plan-world';

const ADDRESS = 'anna@example.com';
const PATH = '/settings/4480123/user-preferences/email';
const content = { sender: { kind: 'content' as const, host: 'app.hubspot.com', url: `https://app.hubspot.com${PATH}` } };

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

  it('a report showing the inbox removed completes both HubSpot steps', async () => {
    const plan = await startPlan();
    await observationReport({ kind: 'crm-personal-inbox', address: ADDRESS, path: PATH, value: { state: 'removed' } }, content);
    expect(await stateOf(plan.id, 'disconnect-personal-inbox/disable')).toBe('done');
    expect(await stateOf(plan.id, 'disconnect-personal-inbox/remove')).toBe('done');
  });
});
