/**
 * The final check over a step the user confirmed: a page seen BEFORE the confirmation is no
 * evidence against it (the check rests on the confirmation, the weakest evidence), while a page
 * seen AFTER it that still shows the inbox fails the check.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/model';
import { onPage, planBed, stepOf, type PlanBed } from './helpers';

const ADDRESS = 'chiara.rossi.freelance@gmail.com';
const REMOVE = 'disconnect-personal-inbox/remove';
const PROVIDER = 'revoke-google-consumer/remove-access';
const CHECK = 'final-check/check';

type Seen = Pick<Observation, 'kind' | 'address' | 'value' | 'observedAt'>;
/**
 * A time on the bed's own clock (the one the runner stamps steps with), `ms` later: strictly after
 * everything stamped so far. The wall clock is not enough: the bed's clock never repeats a
 * millisecond, so after a burst of writes it runs ahead of Date.now(), and an observation stamped
 * by the wall clock could land before the step it is meant to follow.
 */
const stamp = (bed: PlanBed, ms = 0) => new Date(Date.parse(bed.access.now()) + ms).toISOString();

async function see(bed: PlanBed, seen: Seen) {
  await bed.observe(seen);
  return bed.runner.observe(onPage(seen));
}

/** The inbox seen disabled on HubSpot's page, then the user's word that they removed it. */
async function disabledThenConfirmedRemoved(bed: PlanBed) {
  await bed.seed(ADDRESS);
  const plan = await bed.start(ADDRESS);
  const disabledAt = stamp(bed);
  await see(bed, { kind: 'crm-personal-inbox', address: ADDRESS, value: { state: 'disabled' }, observedAt: disabledAt });
  const confirmed = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: REMOVE });
  const remove = stepOf(confirmed.plan, REMOVE);
  expect(remove).toMatchObject({ state: 'done', completedBy: 'confirmed' });
  expect(disabledAt < remove.resultAt!).toBe(true);
  return plan;
}

const grantGone = (bed: PlanBed): Seen => ({ kind: 'provider-grant', address: ADDRESS, value: { present: false, app: 'HubSpot' }, observedAt: stamp(bed, 60_000) });

describe('final check over a confirmed HubSpot step', () => {
  it('an older “disabled” observation does not contradict the later confirmation: the check passes, named by the confirmation', async () => {
    const bed = planBed();
    const plan = await disabledThenConfirmedRemoved(bed);
    const [result] = await see(bed, grantGone(bed));
    expect(stepOf(result?.plan, PROVIDER)).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(stepOf(result?.plan, CHECK)).toMatchObject({ state: 'done', completedBy: 'confirmed' });
    expect(stepOf(result?.plan, CHECK).proofs).toEqual([
      { stepId: REMOVE, by: 'confirmed' },
      { stepId: PROVIDER, by: 'observed' },
    ]);
    expect(result?.plan?.status).toBe('done');
    expect(result?.plan?.id).toBe(plan.id);
  });

  it('a “disabled” observation newer than the confirmation still fails the check as still present', async () => {
    const bed = planBed();
    const plan = await disabledThenConfirmedRemoved(bed);
    // HubSpot's page visited after the confirmation: the inbox is still there.
    await see(bed, { kind: 'crm-personal-inbox', address: ADDRESS, value: { state: 'disabled' }, observedAt: stamp(bed, 1000) });
    const [result] = await see(bed, grantGone(bed));
    expect(stepOf(result?.plan, CHECK)).toMatchObject({ state: 'failed', error: 'still-present' });
    expect(stepOf(result?.plan, CHECK).detail).toContain(REMOVE);
    expect(result?.plan?.status).toBe('running');
    expect(result?.plan?.id).toBe(plan.id);
  });

  it('a “removed” observation, even one older than the confirmation, proves the step by observation', async () => {
    const bed = planBed();
    await bed.seed(ADDRESS);
    const plan = await bed.start(ADDRESS);
    await see(bed, { kind: 'crm-personal-inbox', address: ADDRESS, value: { state: 'disabled' }, observedAt: stamp(bed) });
    // Seen removed, but the step only learns it from the user's confirmation afterwards.
    const removedAt = stamp(bed);
    await bed.observe({ kind: 'crm-personal-inbox', address: ADDRESS, value: { state: 'removed' }, observedAt: removedAt });
    const confirmed = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: REMOVE });
    expect(removedAt < stepOf(confirmed.plan, REMOVE).resultAt!).toBe(true);
    const [result] = await see(bed, grantGone(bed));
    expect(stepOf(result?.plan, CHECK).proofs?.[0]).toEqual({ stepId: REMOVE, by: 'observed' });
    expect(stepOf(result?.plan, CHECK)).toMatchObject({ state: 'done', completedBy: 'observed' });
  });
});
