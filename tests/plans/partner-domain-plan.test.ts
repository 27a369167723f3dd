import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createPartnerChangeDomainHandler } from '../../lib/background/handlers/partner/change-domain';
import type { CrmUser, Observation } from '../../lib/model';
import type { PartnerFacts } from '../../lib/partner/facts';
import { composePartnerDomainPlan, PARTNER_PLAN_FLOW } from '../../lib/plans/compose-partner';
import { createPlanRunner } from '../../lib/plans/runner';
import type { PlanClients } from '../../lib/plans/clients';
import { createStoreAccess } from '../../lib/store/access';
import { createChangeHub } from '../../lib/store/changes';

const PORTAL = { id: 4480123, uiHost: 'app.hubspot.com' } as const;
const SUBJECT = 'partner:4480123';
const PATH = '/settings/4480123/partner/automation';

function bed() {
  let last = Date.UTC(2026, 11, 7, 12);
  const now = () => new Date((last += 1000)).toISOString();
  const access = createStoreAccess({ factory: new IDBFactory(), changes: createChangeHub({ channelName: `partner-plan-${Math.random()}` }), now });
  const runner = createPlanRunner({ access, clients: {} as PlanClients, newId: () => `plan-${Math.random()}` });
  const reading = (domain: string | null, extra: Partial<Observation> = {}): Observation => ({
    kind: 'partner-domain', address: SUBJECT, host: 'app.hubspot.com', path: PATH, value: { portalId: '4480123', domain, editable: true, user: null }, observedAt: now(), ...extra,
  });
  const audit = async () => (await (await access.db()).getAllFromIndex('audit', 'subject', SUBJECT)).map((e) => [e.action, e.result]);
  return { access, runner, reading, audit, now };
}

describe('the partner domain plan', () => {
  it('one guided step on the Automation page, pointing at the field to fill with the domain, then Save', () => {
    const plan = composePartnerDomainPlan(PORTAL, { from: 'gmail.com', to: 'kancelaria.pl' });
    expect(plan.context).toMatchObject({ address: SUBJECT, partnerDomain: { from: 'gmail.com', to: 'kancelaria.pl' } });
    expect(plan.steps).toEqual([expect.objectContaining({
      id: 'change-partner-domain/enter', kind: 'guided', state: 'pending',
      deepLink: 'https://app.hubspot.com/settings/4480123/partner/automation',
      target: { page: 'hubspot-partner-automation', labelKey: 'partnerDomain', then: ['save'], fill: 'kancelaria.pl' },
      // Bound to the portal's own Automation page: another portal's page never completes it.
      observe: { kind: 'partner-domain', address: SUBJECT, expect: { domain: ['kancelaria.pl'] }, on: { hosts: ['app.hubspot.com'], portalId: 4480123 } },
    })]);
  });

  it('is done only when the page, read after the step began, shows the new domain; audited', async () => {
    const { runner, reading, audit } = bed();
    const early = reading('kancelaria.pl');
    const plan = await runner.startComposed(PARTNER_PLAN_FLOW, composePartnerDomainPlan(PORTAL, { from: 'gmail.com', to: 'kancelaria.pl' }));
    expect(plan).toMatchObject({ flow: PARTNER_PLAN_FLOW, subject: SUBJECT, status: 'running' });
    expect(plan.steps[0]?.state).toBe('active');
    // A reading from before the step, and one still showing the old domain, complete nothing.
    await runner.observe(early);
    await runner.observe(reading('gmail.com'));
    expect((await runner.getPlan(plan.id))?.status).toBe('running');
    await runner.observe(reading('kancelaria.pl'));
    const done = await runner.getPlan(plan.id);
    expect(done?.status).toBe('done');
    expect(done?.steps[0]).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(await audit()).toEqual([['plan.start', 'ok'], ['step.observed', 'observed'], ['plan.done', 'ok']]);
  });

  it('starting again while one runs answers the running one', async () => {
    const { runner } = bed();
    const first = await runner.startComposed(PARTNER_PLAN_FLOW, composePartnerDomainPlan(PORTAL, { from: null, to: 'a.example' }));
    const second = await runner.startComposed(PARTNER_PLAN_FLOW, composePartnerDomainPlan(PORTAL, { from: null, to: 'a.example' }));
    expect(second.id).toBe(first.id);
  });
});

describe('partner/change-domain refuses what the view should not have offered', () => {
  const admin: CrmUser = { id: '1', email: 'anna@kancelaria.pl', firstName: 'Anna', roleIds: [], secondaryTeamIds: [], superAdmin: true, status: 'active', syncedAt: '2026-12-01T00:00:00.000Z' };
  const member: CrmUser = { ...admin, id: '2', email: 'jan@kancelaria.pl', superAdmin: false };
  const seen = (user: string): Observation => ({
    kind: 'partner-domain', address: SUBJECT, host: 'app.hubspot.com', path: PATH, value: { portalId: '4480123', domain: 'gmail.com', editable: true, user }, observedAt: '2026-12-07T11:00:00.000Z',
  });
  const facts = (over: Partial<PartnerFacts>): PartnerFacts => ({ portal: PORTAL, observations: [seen(admin.email)], users: [admin, member], ...over });

  async function ask(f: PartnerFacts, domain = 'kancelaria.pl') {
    const { access, runner } = bed();
    const handler = createPartnerChangeDomainHandler(() => access, () => runner, () => Promise.resolve(f));
    return handler({ domain }, { sender: { kind: 'extension', url: 'chrome-extension://x/options.html' } });
  }

  it('starts for a Super Admin, the domain normalised', async () => {
    expect(await ask(facts({}), ' Kancelaria.PL ')).toEqual({ planId: expect.any(String) });
  });

  it.each([
    ['no-portal', facts({ portal: undefined })],
    ['not-partner', facts({ observations: [] })],
    ['not-super-admin', facts({ observations: [seen(member.email)] })],
  ] as const)('%s', async (refused, f) => {
    expect(await ask(f)).toEqual({ refused });
  });

  it('refuses a shared mail domain and what is no domain', async () => {
    expect(await ask(facts({}), 'wp.pl')).toEqual({ refused: 'shared-domain' });
    expect(await ask(facts({}), 'not a domain')).toEqual({ refused: 'invalid-domain' });
  });
});
