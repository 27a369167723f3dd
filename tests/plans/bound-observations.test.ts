/**
 * An observation speaks only for its own page's context: another provider's consent page (a
 * personal Microsoft account's page about a Google mailbox of the same address), another HubSpot
 * portal (an agency's second account), or My Apps in another organisation completes no step of
 * this plan, proves nothing in its final check, and leaves the status as it was.
 */
import { describe, expect, it } from 'vitest';
import { composePlan } from '../../lib/plans/compose';
import { readPlanInputs } from '../../lib/plans/inputs';
import { verdictOf } from '../../lib/status/mailbox-facts';
import { onPage, planBed, PORTAL_ID, stepOf, type PlanBed } from './helpers';

const CONSUMER = 'chiara.rossi.freelance@gmail.com';
const OTHER_PORTAL = 7700001;
const later = (ms = 1000) => new Date(Date.now() + ms).toISOString();

async function see(bed: PlanBed, seen: Parameters<PlanBed['observe']>[0]) {
  await bed.observe(seen);
  return bed.runner.observe(onPage(seen));
}

describe('a Google mailbox\'s plan', () => {
  it('account.live.com without HubSpot (the same address\'s personal Microsoft account) leaves the Google step and the final check open', async () => {
    const bed = planBed();
    await bed.seed(CONSUMER);
    const plan = await bed.start(CONSUMER);
    await see(bed, { kind: 'crm-personal-inbox', address: CONSUMER, value: { state: 'removed' }, observedAt: later() });
    expect(stepOf(await bed.runner.getPlan(plan.id), 'revoke-google-consumer/remove-access').state).toBe('active');

    const [afterLive] = await see(bed, { kind: 'provider-grant', address: CONSUMER, host: 'account.live.com', path: '/consent/Manage', value: { present: false, app: 'HubSpot', provider: 'outlook' }, observedAt: later(2000) });
    expect(stepOf(afterLive?.plan, 'revoke-google-consumer/remove-access').state).toBe('active');
    expect(afterLive?.plan?.status).toBe('running');
    // My Apps says the same: still not Google's page.
    const [afterMyApps] = await see(bed, { kind: 'provider-grant', address: CONSUMER, host: 'myapps.microsoft.com', path: '/manage', value: { present: false, provider: 'microsoft365' }, observedAt: later(3000) });
    expect(stepOf(afterMyApps?.plan, 'revoke-google-consumer/remove-access').state).toBe('active');

    // Confirmed by the user, the final check does not take account.live.com as proof either.
    const confirmed = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'revoke-google-consumer/remove-access' });
    expect(stepOf(confirmed.plan, 'final-check/check').proofs).toContainEqual({ stepId: 'revoke-google-consumer/remove-access', by: 'confirmed' });

    // And the status: Google's grant is still present as far as anything of Google's says.
    const { facts } = await readPlanInputs(bed.access, CONSUMER);
    expect(verdictOf(facts).status).not.toBe('not-linked');
  });

  it('Google\'s own page showing HubSpot gone completes the step (the binding does not block the right page)', async () => {
    const bed = planBed();
    await bed.seed(CONSUMER);
    const plan = await bed.start(CONSUMER);
    await see(bed, { kind: 'crm-personal-inbox', address: CONSUMER, value: { state: 'removed' }, observedAt: later() });
    const [done] = await see(bed, { kind: 'provider-grant', address: CONSUMER, value: { present: false, app: 'HubSpot', provider: 'google' }, observedAt: later(2000) });
    expect(stepOf(done?.plan, 'revoke-google-consumer/remove-access')).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(done?.plan?.id).toBe(plan.id);
  });
});

describe('a second HubSpot portal', () => {
  const otherPortal = `/settings/${OTHER_PORTAL}/user-preferences/email`;

  it('its Connected emails page showing the inbox disabled or removed changes nothing in the first portal\'s plan', async () => {
    const bed = planBed();
    await bed.seed(CONSUMER);
    const plan = await bed.start(CONSUMER);
    for (const [i, state] of ['disabled', 'removed'].entries()) {
      const [result] = await see(bed, { kind: 'crm-personal-inbox', address: CONSUMER, path: otherPortal, value: { state, portalId: OTHER_PORTAL }, observedAt: later(1000 + i) });
      expect(stepOf(result?.plan, 'disconnect-personal-inbox/disable').state).toBe('active');
      expect(stepOf(result?.plan, 'disconnect-personal-inbox/remove').state).toBe('pending');
    }
    // Nor does composing a new plan skip anything for it, nor does the status follow it.
    const inputs = await readPlanInputs(bed.access, CONSUMER);
    expect(composePlan(inputs.facts, inputs.capabilities, { id: PORTAL_ID, uiHost: 'app.hubspot.com' }).steps.slice(0, 2).map((s) => s.state)).toEqual(['pending', 'pending']);
    expect(verdictOf(inputs.facts).status).toBe('linked');
    expect(plan.steps[0]?.observe?.on).toEqual({ hosts: ['app.hubspot.com'], portalId: PORTAL_ID });
  });

  it('once the token is switched to the other portal, the first portal\'s pages are set apart', async () => {
    const bed = planBed();
    await bed.seed(CONSUMER);
    await bed.observe({ kind: 'crm-personal-inbox', address: CONSUMER, value: { state: 'removed' }, observedAt: later() });
    expect(verdictOf((await readPlanInputs(bed.access, CONSUMER)).facts).status).not.toBe('linked');
    await bed.repo.setMeta('hubspotPortal', { portalId: OTHER_PORTAL, uiDomain: 'app.hubspot.com', missingOptional: [], scopeSource: 'probe' });
    const { facts } = await readPlanInputs(bed.access, CONSUMER);
    // Nothing of the new portal has been seen: its side is unknown, not "removed".
    expect(verdictOf(facts).status).toBe('unknown');
  });
});

describe('My Apps in another organisation', () => {
  const WORK = 'lars.andersson@nordlicht-nordic.example';

  it('does not complete a Microsoft 365 user\'s revoke step; its own organisation (or none named) does', async () => {
    const bed = planBed(undefined, { admins: false });
    await bed.seed(WORK);
    await bed.repo.upsertMailbox({ address: WORK, provider: 'microsoft365', kind: 'personal', portalId: PORTAL_ID });
    await bed.observe({ kind: 'crm-personal-inbox', address: WORK, value: { state: 'removed' }, observedAt: later() });
    const plan = await bed.start(WORK);
    expect(stepOf(plan, 'revoke-microsoft-user/revoke').state).toBe('active');
    const gone = { kind: 'provider-grant' as const, address: WORK, value: { present: false, provider: 'microsoft365' } };
    const [other] = await see(bed, { ...gone, tenant: 'fabrikam.example', observedAt: later(2000) });
    expect(stepOf(other?.plan, 'revoke-microsoft-user/revoke').state).toBe('active');
    const [own] = await see(bed, { ...gone, tenant: 'nordlicht-nordic.example', observedAt: later(3000) });
    expect(stepOf(own?.plan, 'revoke-microsoft-user/revoke')).toMatchObject({ state: 'done', completedBy: 'observed' });
  });
});
