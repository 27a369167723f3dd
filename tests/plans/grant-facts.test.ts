/**
 * A plan's verified result reaches the status: an admin API listing that proves HubSpot's grant
 * gone (or still there) updates the stored grant the way a sync does, so the mailbox reads
 * not-linked once HubSpot's side is gone too. A page observation already is the stored fact; the
 * user's confirmation is not evidence about the provider and leaves the grant facts alone.
 */
import { describe, expect, it } from 'vitest';
import { grantKey, type ProviderGrant } from '../../lib/model';
import { readPlanInputs } from '../../lib/plans/inputs';
import type { RunPlan } from '../../lib/plans/types';
import { grantStateFrom, verdictOf } from '../../lib/status/mailbox-facts';
import { graphWhere } from '../../lib/sync/jobs/microsoft-grants';
import { ENTRA_ADMIN, onPage, planBed, stepOf, type PlanBed } from './helpers';

const WORKSPACE_USER = 'joerg.mueller@nordlicht.example';
const ENTRA_USER = 'lars.andersson@nordlicht-nordic.example';
const CONSUMER = 'chiara.rossi.freelance@gmail.com';
const GOOGLE_REVOKE = 'revoke-google-workspace/revoke';
const SYNCED_AT = '2026-11-02T00:00:00.000Z';

const soon = (ms: number) => new Date(Date.now() + ms).toISOString();

/** HubSpot's side walked to "removed" by observations (as the snapshot handler stores them). */
async function hubspotSideRemoved(bed: PlanBed, address: string): Promise<RunPlan> {
  await bed.seed(address);
  const plan = await bed.start(address);
  for (const [i, state] of ['disabled', 'removed'].entries()) {
    const observation = { kind: 'crm-personal-inbox' as const, address, value: { state }, observedAt: soon(1000 + i) };
    await bed.observe(observation);
    await bed.runner.observe(onPage(observation));
  }
  return (await bed.runner.getPlan(plan.id)) ?? plan;
}

async function statusOf(bed: PlanBed, address: string) {
  const { facts } = await readPlanInputs(bed.access, address);
  return { status: verdictOf(facts).status, grant: grantStateFrom(facts.grants, facts.observations).state, grants: facts.grants };
}

describe('a verified revoke updates the grant facts the status reads', () => {
  it('Workspace: the Admin SDK listing that proves HubSpot’s token gone makes the mailbox not-linked', async () => {
    const bed = planBed();
    const plan = await hubspotSideRemoved(bed, WORKSPACE_USER);
    expect(await statusOf(bed, WORKSPACE_USER)).toMatchObject({ status: 'half-unlinked', grant: 'unknown' });

    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId: GOOGLE_REVOKE, confirmed: true });
    expect(result.plan?.status).toBe('done');

    const after = await statusOf(bed, WORKSPACE_USER);
    expect(after).toMatchObject({ status: 'not-linked', grant: 'absent' });
    expect(after.grants).toEqual([expect.objectContaining({
      key: grantKey('google', WORKSPACE_USER, 'HubSpot'),
      state: 'absent',
      evidence: { source: 'admin-api', at: expect.any(String), where: `admin.googleapis.com/admin/directory/v1/users/${WORKSPACE_USER}/tokens` },
    })]);
    // Written when the listing answered: after the intent, by the time the plan was done.
    const at = after.grants[0]!.evidence.at;
    expect(at > stepOf(result.plan, GOOGLE_REVOKE).intentAt!).toBe(true);
    expect(at <= result.plan!.updatedAt).toBe(true);
  });

  it('Workspace: a synced “present” record is updated in place, keeping what the sync knew', async () => {
    const bed = planBed();
    const plan = await hubspotSideRemoved(bed, WORKSPACE_USER);
    const synced: ProviderGrant = {
      key: grantKey('google', WORKSPACE_USER, 'HubSpot'), address: WORKSPACE_USER, provider: 'google', state: 'present', app: 'HubSpot',
      clientId: '440123456789-hubspotinbox0sales.apps.googleusercontent.com', scopes: ['https://mail.google.com/'],
      evidence: { source: 'admin-api', at: SYNCED_AT, where: `admin.googleapis.com/admin/directory/v1/users/${WORKSPACE_USER}/tokens` },
    };
    await bed.repo.putMany('grants', [synced]);
    expect(await statusOf(bed, WORKSPACE_USER)).toMatchObject({ status: 'half-unlinked', grant: 'present' });

    await bed.runner.advance(plan.id, { type: 'run-api', stepId: GOOGLE_REVOKE, confirmed: true });

    const after = await statusOf(bed, WORKSPACE_USER);
    expect(after.status).toBe('not-linked');
    expect(after.grants).toHaveLength(1);
    expect(after.grants[0]).toMatchObject({ key: synced.key, state: 'absent', clientId: synced.clientId, scopes: synced.scopes });
    expect(after.grants[0]!.evidence.at > SYNCED_AT).toBe(true);
  });

  it('Workspace: a resume whose listing still shows the token records it present (half-unlinked, nothing claimed)', async () => {
    const bed = planBed();
    const plan = await hubspotSideRemoved(bed, WORKSPACE_USER);
    const dying = new AbortController();
    bed.setFetch(async (request, sandbox) => {
      if (request.method === 'DELETE') {
        dying.abort(new Error('service worker terminated'));
        throw dying.signal.reason;
      }
      return sandbox.handle(request);
    });
    await expect(bed.runner.advance(plan.id, { type: 'run-api', stepId: GOOGLE_REVOKE, confirmed: true }, dying.signal)).rejects.toThrow();
    bed.setFetch((request, sandbox) => sandbox.handle(request));
    const resumed = await bed.restart().advance(plan.id, { type: 'resume' });
    expect(stepOf(resumed.plan, GOOGLE_REVOKE)).toMatchObject({ state: 'failed', error: 'interrupted' });
    expect(await statusOf(bed, WORKSPACE_USER)).toMatchObject({ status: 'half-unlinked', grant: 'present' });
  });

  it('Entra admin: the Graph listing that proves the grant gone updates the admin sync’s record', async () => {
    const bed = planBed();
    const plan = await hubspotSideRemoved(bed, ENTRA_USER);
    const synced: ProviderGrant = {
      key: grantKey('microsoft365', ENTRA_USER, 'HubSpot'), address: ENTRA_USER, provider: 'microsoft365', state: 'present', app: 'HubSpot Sales',
      scopes: ['Mail.ReadWrite'], consentType: 'Principal', grantId: 'grant-1',
      evidence: { source: 'admin-api', at: SYNCED_AT, where: graphWhere(ENTRA_ADMIN) },
    };
    await bed.repo.putMany('grants', [synced]);
    expect(await statusOf(bed, ENTRA_USER)).toMatchObject({ status: 'half-unlinked', grant: 'present' });

    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId: 'revoke-microsoft-admin/revoke', confirmed: true });
    expect(result.plan?.status).toBe('done');

    const after = await statusOf(bed, ENTRA_USER);
    expect(after).toMatchObject({ status: 'not-linked', grant: 'absent' });
    // Named as the admin's sync names it, so that sync keeps sweeping the same record.
    expect(after.grants).toEqual([expect.objectContaining({ key: synced.key, state: 'absent', evidence: expect.objectContaining({ source: 'admin-api', where: graphWhere(ENTRA_ADMIN) }) })]);
  });
});

describe('guided provider steps', () => {
  it('seen gone on Google’s page: the stored observation makes the mailbox not-linked', async () => {
    const bed = planBed();
    const plan = await hubspotSideRemoved(bed, CONSUMER);
    const seen = { kind: 'provider-grant' as const, address: CONSUMER, value: { present: false, app: 'HubSpot' }, observedAt: soon(5000) };
    await bed.observe(seen);
    const [result] = await bed.runner.observe(onPage(seen));
    expect(result?.plan?.status).toBe('done');
    expect(result?.plan?.id).toBe(plan.id);
    expect(await statusOf(bed, CONSUMER)).toMatchObject({ status: 'not-linked', grant: 'absent', grants: [] });
  });

  it('only confirmed by the user: the plan ends, but the grant stays unverified and the mailbox half-unlinked', async () => {
    const bed = planBed();
    const plan = await hubspotSideRemoved(bed, CONSUMER);
    const result = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'revoke-google-consumer/remove-access' });
    expect(stepOf(result.plan, 'final-check/check')).toMatchObject({ state: 'done', completedBy: 'confirmed' });
    expect(result.plan?.status).toBe('done');
    expect(await statusOf(bed, CONSUMER)).toMatchObject({ status: 'half-unlinked', grant: 'unknown', grants: [] });
  });
});
