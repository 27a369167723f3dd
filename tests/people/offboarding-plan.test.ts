/**
 * Offboarding one person through the one plan runner, against the in-process sandbox with the
 * real clients: prerequisites (records counted or confirmed, point of contact, meetings,
 * workflows), their team channel deleted through the team-channel flow, HubSpot's Workspace grant
 * deleted once, the deactivation done on HubSpot's page and seen through the owners API, the
 * personal inbox following it, the removal only with the typed address and verified by 404 — and
 * the refusals: the last Super Admin, yourself.
 */
import { describe, expect, it } from 'vitest';
import { readPersonSnapshot } from '../../lib/background/people/people-facts';
import { PARTNER_SECTION_KIND, partnerSubject } from '../../lib/partner/facts';
import { composeOffboarding, type OffboardOptions } from '../../lib/people/compose-person-plans';
import { composeSteps } from '../../lib/plans/compose';
import { flowById } from '../../lib/plans/flows';
import type { RunPlan } from '../../lib/plans/types';
import type { CrmUser } from '../../lib/model';
import { personalSideFrom, verdictOf } from '../../lib/status/mailbox-facts';
import { FACT_STORES, readMailboxFactsIn } from '../../lib/store/reads/mailbox-facts';
import { hubspotAppHost } from '../../sandbox/hosts/hubspot-app/index';
import { ownerIdOf } from '../../sandbox/hosts/hubspot-api/derive';
import type { Sandbox } from '../../sandbox/core/sandbox';
import { planBed, PORTAL_ID, stepOf, type PlanBed } from '../plans/helpers';
import { demoScenario } from '../clients/harness';

const HANNAH = 'hannah.schmidt@nordlicht.example';
const HANNAH_ID = '51200241';
const INFO = 'info@nordlicht.example';

/** What a sync stored about the users (status and Super Admin as the APIs show them). */
async function seedUsers(bed: PlanBed): Promise<void> {
  const users: CrmUser[] = bed.sandbox.world.scenario.users.map((user) => ({
    id: user.id, email: user.email, ...(user.firstName ? { firstName: user.firstName } : {}), roleIds: user.roleIds ?? [], secondaryTeamIds: [],
    superAdmin: user.superAdmin ?? false, status: user.status ?? 'active', ownerId: ownerIdOf(user), syncedAt: '2026-11-01T00:00:00.000Z',
  }));
  await bed.repo.putMany('crmUsers', users);
  await bed.repo.upsertMailbox({ address: HANNAH, provider: 'google', kind: 'personal', portalId: PORTAL_ID, userId: HANNAH_ID });
}

/** The guide saw a HubSpot settings page of the portal with `email` signed in (its account menu). */
async function seeSignedIn(bed: PlanBed, email: string): Promise<void> {
  await bed.repo.putMany('observations', [{
    kind: PARTNER_SECTION_KIND, address: partnerSubject(PORTAL_ID), host: 'app.hubspot.com', path: `/settings/${PORTAL_ID}/users`,
    value: { portalId: String(PORTAL_ID), partner: false, user: email }, observedAt: new Date().toISOString(),
  }]);
}

/** A click on HubSpot's page (Users & Teams, Channels) as the signed-in admin. */
async function pageAction(sandbox: Sandbox, action: string, body: unknown): Promise<void> {
  const url = new URL(`https://app.hubspot.com/_sandbox/hubspot-app/${PORTAL_ID}/${action}`);
  const response = await hubspotAppHost.handle(new Request(url, { method: 'POST', body: JSON.stringify(body) }), { world: sandbox.world, url });
  expect(response.status, await response.clone().text()).toBe(200);
}

async function startOffboarding(bed: PlanBed, userId: string, options: Partial<OffboardOptions> = {}): Promise<RunPlan> {
  const snapshot = await readPersonSnapshot(bed.access, userId);
  if (typeof snapshot === 'string') throw new Error(snapshot);
  const channel = (await bed.repo.getAll('channelAccounts')).find((account) => account.address === INFO);
  const composed = composeOffboarding(snapshot, { remove: true, channels: channel ? [{ account: channel, action: 'delete' }] : [], ...options });
  if ('refused' in composed) throw new Error(composed.refused);
  return bed.runner.startComposed(composed.flow, composed);
}

const confirm = (bed: PlanBed, plan: RunPlan, stepId: string) => bed.runner.advance(plan.id, { type: 'confirmed', stepId });

describe('offboarding a person', () => {
  it('runs every prerequisite, the channel, the grant, the deactivation and the removal, each verified, nothing destructive twice', async () => {
    const scenario = demoScenario();
    // Her personal Gmail inbox is connected: only its owner could disable it on their page.
    for (const inbox of scenario.personalInboxes ?? []) if (inbox.address === HANNAH) inbox.state = 'connected';
    const bed = planBed(scenario);
    await bed.seed(HANNAH);
    await bed.seed(INFO);
    await seedUsers(bed);
    await seeSignedIn(bed, 'katrin.sommer@nordlicht.example');
    let plan = await startOffboarding(bed, HANNAH_ID);
    expect(plan.steps.map((s) => s.id)).toEqual([
      'person-records/check', 'person-workflows/review', 'person-meetings/review', 'person-point-of-contact/remove',
      `delete-team-channel/delete@${INFO}`, `delete-team-channel/verify@${INFO}`,
      `revoke-google-workspace/revoke@${HANNAH}`, `revoke-google-workspace/verify@${HANNAH}`,
      'deactivate-user/deactivate', 'deactivate-user/verify', `person-inbox/disconnected@${HANNAH}`,
      'remove-user/remove', 'remove-user/verify', 'final-check/check',
    ]);
    // The demo token may not search the CRM: the records check says which scopes and waits for the admin.
    expect(stepOf(plan, 'person-records/check')).toMatchObject({ state: 'active', error: 'cannot-verify', note: { code: 'records-no-scope' } });
    for (const id of ['person-records/check', 'person-workflows/review', 'person-meetings/review', 'person-point-of-contact/remove']) {
      expect((await confirm(bed, plan, id)).changed, id).toBe(true);
    }
    // The team channel: deleted on HubSpot's Channels page, the click confirmed, the API shows it gone.
    await pageAction(bed.sandbox, 'channel/delete', { channelId: '908102' });
    plan = (await confirm(bed, plan, `delete-team-channel/delete@${INFO}`)).plan!;
    expect(stepOf(plan, `delete-team-channel/verify@${INFO}`)).toMatchObject({ state: 'done', completedBy: 'api' });
    // HubSpot's Google access: only with confirmation, once.
    plan = (await bed.runner.advance(plan.id, { type: 'run-api', stepId: `revoke-google-workspace/revoke@${HANNAH}`, confirmed: true })).plan!;
    expect(stepOf(plan, `revoke-google-workspace/verify@${HANNAH}`).state).toBe('done');
    expect(bed.requests('DELETE', '/admin/directory/v1/users/')).toHaveLength(1);
    // Deactivation: nothing until HubSpot's page did it; then the owners API shows it, on the next check.
    expect((await bed.runner.advance(plan.id, { type: 'resume' })).plan?.steps.find((s) => s.id === 'deactivate-user/deactivate')?.state).toBe('active');
    await pageAction(bed.sandbox, 'user/deactivate', { userIds: [HANNAH_ID] });
    plan = (await bed.runner.advance(plan.id, { type: 'resume' })).plan!;
    expect(stepOf(plan, 'deactivate-user/deactivate')).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(stepOf(plan, 'deactivate-user/verify').detail).toMatch(/security activity: DEACTIVATE_USER by katrin\.sommer@nordlicht\.example/);
    expect(stepOf(plan, `person-inbox/disconnected@${HANNAH}`)).toMatchObject({ state: 'done', note: { code: 'inbox-by-deactivation' } });
    expect((await bed.repo.get('crmUsers', HANNAH_ID))?.status).toBe('deactivated');
    // Removal: refused without the typed address; then one DELETE, verified by 404.
    const wrong = await bed.runner.advance(plan.id, { type: 'run-api', stepId: 'remove-user/remove', confirmed: true, typed: 'someone@else.example' });
    expect(wrong.refused).toBe('typed-mismatch');
    expect(bed.requests('DELETE', '/settings/v3/users/')).toEqual([]);
    plan = (await bed.runner.advance(plan.id, { type: 'run-api', stepId: 'remove-user/remove', confirmed: true, typed: ` ${HANNAH.toUpperCase()} ` })).plan!;
    expect(bed.requests('DELETE', '/settings/v3/users/')).toHaveLength(1);
    expect(plan.status).toBe('done');
    expect(stepOf(plan, 'final-check/check').state).toBe('done');
    expect((await bed.repo.get('crmUsers', HANNAH_ID))?.status).toBe('removed');
    expect(bed.sandbox.world.scenario.personalInboxes?.find((inbox) => inbox.address === HANNAH)?.state).toBe('removed');
    // The one status rule reads it: her inbox gone with her user, HubSpot's Google access gone.
    const tx = (await bed.access.db()).transaction([...FACT_STORES], 'readonly');
    const facts = await readMailboxFactsIn(tx, HANNAH);
    expect(verdictOf(facts).status).toBe('not-linked');
    expect(personalSideFrom(facts.observations, { portalId: facts.portalId, owner: facts.owner })).toMatchObject({ state: 'removed', evidence: { source: 'api' } });
    const audit = await bed.repo.getAll('audit');
    const actions = audit.filter((entry) => entry.detail?.startsWith(plan.id)).map((entry) => `${entry.action}:${entry.result}:${entry.subject}`);
    expect(actions).toEqual(expect.arrayContaining([
      `plan.start:ok:${HANNAH}`, `step.confirmed:confirmed:${HANNAH}`, `step.verify:ok:${INFO}`,
      `step.intent:ok:${HANNAH}`, `step.result:ok:${HANNAH}`, `step.run:refused:${HANNAH}`, `plan.done:ok:${HANNAH}`,
    ]));
  });

  it('is refused for the last active Super Admin and for yourself, before any plan exists', async () => {
    const bed = planBed();
    await seedUsers(bed);
    const katrin = await readPersonSnapshot(bed.access, '51200101');
    if (typeof katrin === 'string') throw new Error(katrin);
    expect(composeOffboarding(katrin, { remove: true, channels: [] })).not.toHaveProperty('refused');
    const alone = { ...katrin, users: katrin.users.map((user) => (user.id === '51200108' ? { ...user, status: 'deactivated' as const } : user)) };
    expect(composeOffboarding(alone, { remove: false, channels: [] })).toEqual({ refused: 'last-super-admin' });
    expect(composeOffboarding({ ...katrin, self: { userId: '51200101' } }, { remove: false, channels: [] })).toEqual({ refused: 'self' });
  });

  it('the removal checks HubSpot again before the DELETE: the last active Super Admin is refused, on the step, with nothing sent', async () => {
    const bed = planBed();
    await seedUsers(bed);
    await seeSignedIn(bed, 'katrin.sommer@nordlicht.example');
    // The store still shows Katrin as an active Super Admin, but HubSpot has deactivated her since.
    const katrin = bed.sandbox.world.scenario.users.find((user) => user.id === '51200101')!;
    katrin.status = 'deactivated';
    const snapshot = await readPersonSnapshot(bed.access, '51200108');
    if (typeof snapshot === 'string') throw new Error(snapshot);
    const composed = composeOffboarding(snapshot, { remove: true, channels: [] });
    if ('refused' in composed) throw new Error(composed.refused);
    const removal = { ...composed, steps: composeSteps(flowById('remove-user'), composed.context, { observations: [], channelAccounts: [], grants: [] }) };
    const plan = await bed.runner.startComposed('offboard-person', removal);
    const result = await bed.runner.advance(plan.id, { type: 'run-api', stepId: 'remove-user/remove', confirmed: true, typed: snapshot.user.email });
    expect(result.refused).toBe('last-super-admin');
    expect(stepOf(result.plan, 'remove-user/remove')).toMatchObject({ state: 'active', error: 'refused', note: { code: 'last-super-admin' } });
    expect(bed.requests('DELETE', '/settings/v3/users/')).toEqual([]);
    expect((await bed.repo.getAll('audit')).some((entry) => entry.action === 'step.intent')).toBe(false);
  });

  it('the removal refuses while nobody knows who is signed in to HubSpot, and refuses yourself once a settings page showed it', async () => {
    const bed = planBed();
    await seedUsers(bed);
    const snapshot = await readPersonSnapshot(bed.access, '51200108');
    if (typeof snapshot === 'string') throw new Error(snapshot);
    expect(snapshot.self).toBeUndefined();
    const composed = composeOffboarding(snapshot, { remove: true, channels: [] });
    if ('refused' in composed) throw new Error(composed.refused);
    const removal = { ...composed, steps: composeSteps(flowById('remove-user'), composed.context, { observations: [], channelAccounts: [], grants: [] }) };
    const plan = await bed.runner.startComposed('offboard-person', removal);
    const run = () => bed.runner.advance(plan.id, { type: 'run-api', stepId: 'remove-user/remove', confirmed: true, typed: snapshot.user.email });
    // Unknown: never a DELETE on a guess; the step says to open HubSpot's settings once.
    const unknown = await run();
    expect(unknown.refused).toBe('self-unknown');
    expect(stepOf(unknown.plan, 'remove-user/remove')).toMatchObject({ state: 'active', error: 'refused', note: { code: 'self-unknown' } });
    // The person to remove turns out to be the one signed in (another portal's page says nothing).
    await bed.repo.putMany('observations', [{
      kind: PARTNER_SECTION_KIND, address: partnerSubject(PORTAL_ID), host: 'app.hubspot.com', path: '/settings/999/users',
      value: { portalId: '999', partner: false, user: 'katrin.sommer@nordlicht.example' }, observedAt: new Date().toISOString(),
    }]);
    expect((await run()).refused).toBe('self-unknown');
    await seeSignedIn(bed, snapshot.user.email.toUpperCase());
    const self = await run();
    expect(self.refused).toBe('remove-self-refused');
    expect(stepOf(self.plan, 'remove-user/remove').note).toEqual({ code: 'remove-self-refused' });
    expect(bed.requests('DELETE', '/settings/v3/users/')).toEqual([]);
    expect((await bed.repo.getAll('audit')).some((entry) => entry.action === 'step.intent')).toBe(false);
  });
});
