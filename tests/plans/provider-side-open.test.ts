/**
 * Issue 12, point 1: a team plan composed while the channel's provider was unknown has no
 * provider step. Its final check must not pass with that side unchecked: the plan ends `partial`
 * ("Done in HubSpot — still open at the mail provider"), never "done", and the audit log says what is
 * open. When the provider becomes known — before the final check or after the plan ended — the
 * plan grows the provider's step instead.
 */
import { describe, expect, it } from 'vitest';
import { onPage, PORTAL_ID, planBed, stepOf, type PlanBed } from './helpers';

const address = 'support@nordlicht.example';
const later = (ms = 1000) => new Date(Date.now() + ms).toISOString();

/** The team channel as a sync stores it: HubSpot's API never names the provider. */
async function seedUnknownProvider(bed: PlanBed): Promise<void> {
  await bed.seed(address);
  await bed.access.write(['mailboxes'], async (tx) => {
    const mailbox = await tx.objectStore('mailboxes').get(address);
    if (mailbox) await tx.objectStore('mailboxes').put({ ...mailbox, provider: 'unknown' });
  });
}

/** The channel deleted on HubSpot's Channels page and seen there: HubSpot's side completes. */
async function deleteChannel(bed: PlanBed) {
  const response = await bed.sandbox.handle(new Request(`https://app.hubspot.com/_sandbox/hubspot-app/${PORTAL_ID}/channel/delete`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channelId: '908100' }),
  }));
  expect(response.status).toBe(200);
  const seen = { kind: 'crm-team-channel' as const, address, value: { archived: true, inboxId: '147001' }, observedAt: later() };
  await bed.observe(seen);
  const [result] = await bed.runner.observe(onPage(seen));
  return result?.plan;
}

async function auditActions(bed: PlanBed): Promise<string[]> {
  const entries = await (await bed.access.db()).getAll('audit');
  return entries.filter((e) => e.subject === address).map((e) => `${e.action}:${e.result}`);
}

describe('a team plan started while the provider is unknown', () => {
  it('ends "provider side still open", not "done", when the provider never becomes known', async () => {
    const bed = planBed();
    await seedUnknownProvider(bed);
    const plan = await bed.start(address);
    expect(plan.steps.map((s) => s.id)).toEqual(['delete-team-channel/delete', 'delete-team-channel/verify', 'final-check/check']);
    expect(plan.notes).toContain('provider-unknown');

    const ended = await deleteChannel(bed);
    expect(stepOf(ended, 'delete-team-channel/verify')).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(ended?.status).toBe('partial');
    expect(stepOf(ended, 'final-check/check')).toMatchObject({ state: 'failed', error: 'side-open', note: { code: 'provider-open' } });
    const actions = await auditActions(bed);
    expect(actions).toContain('plan.partial:failed');
    expect(actions).not.toContain('plan.done:ok');
    // Nothing to grow while the store still names no provider.
    expect(await bed.runner.growPlans()).toEqual([]);
  });

  it('cannot be closed by the user\'s word while the provider side is open: only a verified check ends it', async () => {
    const bed = planBed();
    await seedUnknownProvider(bed);
    const plan = await bed.start(address);
    expect((await deleteChannel(bed))?.status).toBe('partial');

    // Confirming the open final check, or asking to run or re-check it, changes nothing.
    const confirmed = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'final-check/check' });
    expect(confirmed).toMatchObject({ changed: false, refused: 'plan-not-running' });
    const recheck = await bed.runner.advance(plan.id, { type: 'resume' });
    expect(recheck.plan?.status).toBe('partial');
    expect(stepOf(recheck.plan, 'final-check/check')).toMatchObject({ state: 'failed', error: 'side-open' });
    const actions = await auditActions(bed);
    expect(actions).not.toContain('step.confirmed:confirmed');
    expect(actions).not.toContain('plan.done:ok');

    // Once the provider is known the plan grows its step; the user's word on the grown step is
    // refused too when the step is an API one: only Google's listing (a verified check) ends it.
    await bed.repo.upsertMailbox({ address, provider: 'google' });
    await bed.runner.growPlans();
    const word = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'revoke-google-workspace/revoke' });
    expect(word).toMatchObject({ changed: false, refused: 'api-step-needs-run' });
    const early = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'final-check/check' });
    expect(early).toMatchObject({ changed: false, refused: 'not-current-step' });
    expect(early.plan?.status).toBe('running');
  });

  it('grows the provider step when a page names the provider after the plan ended, and opens the plan again', async () => {
    const bed = planBed();
    await seedUnknownProvider(bed);
    const plan = await bed.start(address);
    expect((await deleteChannel(bed))?.status).toBe('partial');

    // The Channels page named "Gmail" (the snapshot handler stores it on the mailbox).
    await bed.repo.upsertMailbox({ address, provider: 'google' });
    const [grown] = await bed.runner.growPlans();
    expect(grown?.id).toBe(plan.id);
    expect(grown?.status).toBe('running');
    expect(grown?.steps.map((s) => s.id)).toEqual([
      'delete-team-channel/delete', 'delete-team-channel/verify', 'revoke-google-workspace/revoke', 'revoke-google-workspace/verify', 'final-check/check',
    ]);
    expect(stepOf(grown, 'revoke-google-workspace/revoke').state).toBe('active');
    expect(stepOf(grown, 'final-check/check')).toMatchObject({ state: 'pending' });
    expect(stepOf(grown, 'final-check/check').error).toBeUndefined();
    expect(grown?.notes).not.toContain('provider-unknown');
    expect(grown?.context).toMatchObject({ provider: 'google', googleAdmin: 'katrin.sommer@nordlicht.example' });
    expect(await auditActions(bed)).toContain('plan.grow:ok');

    // The grown step runs like any other, and only then does the plan end "done".
    const revoked = await bed.runner.advance(plan.id, { type: 'run-api', stepId: 'revoke-google-workspace/revoke', confirmed: true });
    expect(stepOf(revoked.plan, 'revoke-google-workspace/revoke')).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(revoked.plan?.status).toBe('done');
    expect(stepOf(revoked.plan, 'final-check/check')).toMatchObject({ state: 'done', completedBy: 'api' });
  });

  it('grows the provider step before the final check when the provider became known during the plan', async () => {
    const bed = planBed();
    await seedUnknownProvider(bed);
    const plan = await bed.start(address);
    await bed.repo.upsertMailbox({ address, provider: 'google' });
    const after = await deleteChannel(bed);
    expect(after?.id).toBe(plan.id);
    expect(after?.status).toBe('running');
    expect(stepOf(after, 'revoke-google-workspace/revoke').state).toBe('active');
    expect(stepOf(after, 'final-check/check').state).toBe('pending');
    expect(await auditActions(bed)).not.toContain('plan.partial:failed');
  });
});
