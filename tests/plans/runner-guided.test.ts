/**
 * Guided, verify and hand-off steps: a step completes on an observation or on the user's
 * confirmation and records which; stale or foreign observations do not count; a team channel
 * deleted on HubSpot's page is verified through the channel-accounts API; cancel; start twice.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/model';
import { PORTAL_ID, onPage, planBed, stepOf, type PlanBed } from './helpers';

const later = (ms = 1000) => new Date(Date.now() + ms).toISOString();
type Seen = Pick<Observation, 'kind' | 'address' | 'value' | 'observedAt'>;

async function see(bed: PlanBed, seen: Seen) {
  await bed.observe(seen);
  return bed.runner.observe(onPage(seen));
}

describe('personal inbox, Google consumer account', () => {
  const address = 'chiara.rossi.freelance@gmail.com';

  it('steps complete on what the page showed, then on the user’s word, and the record says which', async () => {
    const bed = planBed();
    await bed.seed(address);
    const plan = await bed.start(address);
    expect(stepOf(plan, 'disconnect-personal-inbox/disable')).toMatchObject({ state: 'active' });
    expect(stepOf(plan, 'revoke-google-consumer/remove-access').state).toBe('pending');

    // Another mailbox's row, and an observation older than the step, say nothing about this step.
    const foreignRow = await bed.runner.advance(plan.id, { type: 'observed', observation: onPage({ kind: 'crm-personal-inbox', address: 'joerg.mueller@nordlicht.example', value: { state: 'disabled' }, observedAt: later() }) });
    expect(foreignRow.changed).toBe(false);
    const stale = await bed.runner.advance(plan.id, { type: 'observed', observation: onPage({ kind: 'crm-personal-inbox', address, value: { state: 'disabled' }, observedAt: '2020-01-01T00:00:00.000Z' }) });
    expect(stale.changed).toBe(false);
    expect(stepOf(await bed.runner.getPlan(plan.id), 'disconnect-personal-inbox/disable').state).toBe('active');

    const [disabled] = await see(bed, { kind: 'crm-personal-inbox', address, value: { state: 'disabled' }, observedAt: later() });
    expect(stepOf(disabled?.plan, 'disconnect-personal-inbox/disable')).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(stepOf(disabled?.plan, 'disconnect-personal-inbox/remove').state).toBe('active');

    const [removed] = await see(bed, { kind: 'crm-personal-inbox', address, value: { state: 'removed' }, observedAt: later(2000) });
    expect(stepOf(removed?.plan, 'disconnect-personal-inbox/remove')).toMatchObject({ state: 'done', completedBy: 'observed' });

    // Google's page of another account signed in: not this mailbox's grant.
    const foreignAccount = await bed.runner.advance(plan.id, { type: 'observed', observation: onPage({ kind: 'provider-grant', address: 'someone.else@gmail.com', value: { present: false }, observedAt: later(3000) }) });
    expect(foreignAccount.changed).toBe(false);
    expect(stepOf(await bed.runner.getPlan(plan.id), 'revoke-google-consumer/remove-access').state).toBe('active');

    const confirmed = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'revoke-google-consumer/remove-access' });
    expect(stepOf(confirmed.plan, 'revoke-google-consumer/remove-access')).toMatchObject({ state: 'done', completedBy: 'confirmed' });
    // The provider side rests on the user's word: the final check says so.
    expect(stepOf(confirmed.plan, 'final-check/check')).toMatchObject({ state: 'done', completedBy: 'confirmed' });
    expect(stepOf(confirmed.plan, 'final-check/check').proofs).toEqual([
      { stepId: 'disconnect-personal-inbox/remove', by: 'observed' },
      { stepId: 'revoke-google-consumer/remove-access', by: 'confirmed' },
    ]);
    expect(confirmed.plan?.status).toBe('done');

    const log = (await bed.repo.getAll('audit')).map((e) => `${e.actor} ${e.action} ${e.result}`);
    expect(log).toEqual([
      'tester@nordlicht.example plan.start ok',
      'guide step.observed observed',
      'guide step.observed observed',
      'tester@nordlicht.example step.confirmed confirmed',
      'inboxlink step.verify ok',
      'inboxlink plan.done ok',
    ]);

    // Repeating an event for a done step is a no-op: no change, no audit line.
    const again = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'revoke-google-consumer/remove-access' });
    expect(again.changed).toBe(false);
    expect(await bed.repo.getAll('audit')).toHaveLength(log.length);
  });

  it('one observation of “removed” completes Disable and Remove together', async () => {
    const bed = planBed();
    await bed.seed(address);
    const plan = await bed.start(address);
    const [result] = await see(bed, { kind: 'crm-personal-inbox', address, value: { state: 'removed' }, observedAt: later() });
    expect(result?.plan?.steps.slice(0, 2).map((s) => `${s.state}:${s.completedBy}`)).toEqual(['done:observed', 'done:observed']);
    expect(stepOf(result?.plan, 'revoke-google-consumer/remove-access').state).toBe('active');
    expect(plan.id).toBe(result?.plan?.id);
  });

  it('the grant seen gone on Google’s page completes the provider step, and the final check proves both by observation', async () => {
    const bed = planBed();
    await bed.seed(address);
    const plan = await bed.start(address);
    await see(bed, { kind: 'crm-personal-inbox', address, value: { state: 'removed' }, observedAt: later() });
    const [done] = await see(bed, { kind: 'provider-grant', address, value: { present: false, app: 'HubSpot' }, observedAt: later(2000) });
    expect(stepOf(done?.plan, 'revoke-google-consumer/remove-access')).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(stepOf(done?.plan, 'final-check/check')).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(done?.plan?.id).toBe(plan.id);
  });

  it('a confirmation for a step that is not current is refused; a second start returns the running plan', async () => {
    const bed = planBed();
    await bed.seed(address);
    const plan = await bed.start(address);
    expect(await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'revoke-google-consumer/remove-access' })).toMatchObject({ changed: false, refused: 'not-current-step' });
    expect((await bed.start(address)).id).toBe(plan.id);
    expect(await bed.runner.plansFor(address)).toHaveLength(1);
  });

  it('cancel ends the plan: open steps skipped, later events change nothing, the cancel is audited', async () => {
    const bed = planBed();
    await bed.seed(address);
    const plan = await bed.start(address);
    const cancelled = await bed.runner.advance(plan.id, { type: 'cancel' });
    expect(cancelled.plan?.status).toBe('cancelled');
    expect(cancelled.plan?.steps.map((s) => s.state)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'disconnect-personal-inbox/disable' })).toMatchObject({ changed: false });
    expect(await bed.runner.advance(plan.id, { type: 'cancel' })).toMatchObject({ changed: false });
    expect((await bed.repo.getAll('audit')).filter((e) => e.action === 'plan.cancel')).toHaveLength(1);
    // A new plan may start once the old one is cancelled.
    expect((await bed.start(address)).id).not.toBe(plan.id);
  });
});

describe('team channel', () => {
  const address = 'support@nordlicht.example';

  async function deleteOnHubSpotsPage(bed: PlanBed, channelId: string) {
    const response = await bed.sandbox.handle(new Request(`https://app.hubspot.com/_sandbox/hubspot-app/${PORTAL_ID}/channel/delete`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channelId }),
    }));
    expect(response.status).toBe(200);
  }

  it('deleted on the Channels page, observed, then verified through the channel-accounts API', async () => {
    const bed = planBed();
    await bed.seed(address);
    const plan = await bed.start(address);
    await deleteOnHubSpotsPage(bed, '908100');
    const [result] = await see(bed, { kind: 'crm-team-channel', address, value: { archived: true, inboxId: '147001' }, observedAt: later() });
    expect(stepOf(result?.plan, 'delete-team-channel/delete')).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(stepOf(result?.plan, 'delete-team-channel/verify')).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(bed.requests('GET', '/conversations/v3/conversations/channel-accounts').length).toBeGreaterThan(0);
    expect(stepOf(result?.plan, 'revoke-google-workspace/revoke').state).toBe('active');
    expect(plan.context.inboxId).toBe('147001');
  });

  it('a confirmation HubSpot contradicts: the API still lists the channel, so the check fails and says what is left', async () => {
    const bed = planBed();
    await bed.seed(address);
    const plan = await bed.start(address);
    const result = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'delete-team-channel/delete' });
    expect(stepOf(result.plan, 'delete-team-channel/delete')).toMatchObject({ state: 'done', completedBy: 'confirmed' });
    expect(stepOf(result.plan, 'delete-team-channel/verify')).toMatchObject({ state: 'failed', error: 'still-present' });
    expect(stepOf(result.plan, 'delete-team-channel/verify').detail).toContain('908100');
    // A verify step the API can answer cannot be confirmed away.
    expect(await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'delete-team-channel/verify' })).toMatchObject({ refused: 'verifiable' });
    // Once the channel is really deleted, a resume passes the check.
    await deleteOnHubSpotsPage(bed, '908100');
    const resumed = await bed.runner.advance(plan.id, { type: 'resume' });
    expect(stepOf(resumed.plan, 'delete-team-channel/verify')).toMatchObject({ state: 'done', completedBy: 'api' });
  });
});

describe('IMAP mailbox', () => {
  it('the hand-off completes on confirmation only, and the final check says the provider side was confirmed', async () => {
    const bed = planBed();
    const address = 'kwame.mensah@nordlicht-events.example';
    await bed.seed(address);
    const plan = await bed.start(address);
    await see(bed, { kind: 'crm-personal-inbox', address, value: { state: 'removed' }, observedAt: later() });
    const handoff = stepOf(await bed.runner.getPlan(plan.id), 'imap-handoff/handoff');
    expect(handoff).toMatchObject({ kind: 'handoff', state: 'active' });
    const result = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: handoff.id });
    expect(stepOf(result.plan, handoff.id)).toMatchObject({ state: 'done', completedBy: 'confirmed' });
    expect(stepOf(result.plan, 'final-check/check')).toMatchObject({ state: 'done', completedBy: 'confirmed' });
    expect(result.plan?.status).toBe('done');
  });
});
