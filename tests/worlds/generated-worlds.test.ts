// @vitest-environment happy-dom
/**
 * Property tests over generated worlds (./world-arbitrary.ts): portals, tenants and mailboxes
 * nobody wrote by hand, each run through the real sync and page readers (./world-bed.ts). Each
 * property is something a user would call a bug; its expectation is derived from the world the
 * generator chose, never by calling the rule under test. Runs are bounded and seeded (FC_SEED,
 * FC_PATH replay a failure; fast-check prints both).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { diagnose } from '../../lib/diagnose/run';
import { normalizeAddress } from '../../lib/model';
import { composePlan } from '../../lib/plans/compose';
import { readPlanInputs } from '../../lib/plans/inputs';
import { LINK_STATUSES, type LinkStatus } from '../../lib/status/mailbox-status';
import { summarizeRows, type MailboxSummaryRow } from '../../lib/status/summary';
import type { TestBed } from '../sync/helpers';
import { readSnapshot } from '../../lib/store/reads/diagnose-snapshot';
import { propertyParameters, TENANT_DOMAIN, worldArbitrary, type GeneratedWorld, type MailboxTruth } from './world-arbitrary';
import { runWorld } from './world-bed';

const RUNS = 50;
const lower = (list: readonly string[]) => list.map(normalizeAddress).sort();

/** HubSpot's side as the world has it: a user sees it on the Connected emails page or the Channels page. */
function hubspotSide(m: MailboxTruth): 'connected-healthy' | 'connected-broken' | 'disconnected' | 'not-listed' {
  if (m.team) {
    if (m.team.archived) return 'disconnected';
    return m.team.active && m.team.authorized ? 'connected-healthy' : 'connected-broken';
  }
  const p = m.personal;
  // A deactivated user's personal inboxes are disconnected (seed 002); a removed user's go with the profile.
  if (!p || p.userStatus !== 'active') return 'disconnected';
  if (p.state === 'removed') return 'not-listed';
  if (p.state === 'disabled') return 'disconnected';
  return p.error ? 'connected-broken' : 'connected-healthy';
}

/**
 * The provider's grant as the product can know it from the world. Only a signed-in admin's API
 * answers for a domain: the Admin SDK for each address Inboxlink knows in the Workspace domain,
 * Graph for every user of the tenant. IMAP holds no grant, but only a Connected emails row says
 * an inbox is IMAP: HubSpot's channel accounts API names no provider for a team channel.
 */
function grantSide(world: GeneratedWorld, m: MailboxTruth): 'none-applies' | 'present' | 'absent' | 'unknown' {
  if (m.provider === 'imap' && m.kind === 'personal') return 'none-applies';
  const googleAnswers = m.home === 'workspace' && world.truth.googleAdmin !== undefined && knownAddresses(world).has(normalizeAddress(m.address));
  const graphAnswers = m.home === 'tenant' && world.truth.microsoftAdmin !== undefined;
  if (!googleAnswers && !graphAnswers) return 'unknown';
  if (m.provider === 'imap') return 'none-applies'; // a team channel: the admin API lists no grant for it
  return m.grant === 'hubspot' || m.grant === 'hubspot-twice' ? 'present' : 'absent';
}

/** The addresses Inboxlink learns: HubSpot's users and team channels, and the inboxes listed on Connected emails pages. */
function knownAddresses(world: GeneratedWorld): Set<string> {
  return new Set([
    ...world.scenario.users.map((u) => u.email), ...(world.scenario.teamChannels ?? []).map((c) => c.address), ...listedPersonal(world).map((m) => m.address),
  ].map(normalizeAddress));
}

/** The statuses a user would accept for a mailbox, from the two sides of the world. */
function acceptableStatuses(world: GeneratedWorld, m: MailboxTruth): LinkStatus[] {
  const crm = hubspotSide(m);
  const grant = grantSide(world, m);
  const gone = grant === 'absent' || grant === 'none-applies';
  switch (crm) {
    // A team channel's provider is unknown to Inboxlink (the API names none; it may be IMAP or
    // forwarded), so HubSpot's own health decides; a personal inbox's row names its provider.
    case 'connected-healthy': return grant === 'absent' && m.kind === 'personal' ? ['broken'] : ['linked'];
    case 'connected-broken': return ['broken'];
    case 'disconnected': return gone ? ['not-linked'] : grant === 'present' ? ['half-unlinked'] : ['half-unlinked', 'unknown'];
    case 'not-listed': return gone ? ['not-linked', 'unknown'] : grant === 'present' ? ['half-unlinked'] : ['half-unlinked', 'unknown'];
  }
}

/** Addresses HubSpot lists: team channels (API), and personal inboxes on an active user's Connected emails page. */
function listedPersonal(world: GeneratedWorld): MailboxTruth[] {
  return world.truth.mailboxes.filter((m) => m.personal && m.personal.userStatus === 'active' && m.personal.state !== 'removed');
}

/** The status rule over the whole store, as the popup and side panel list it. */
async function statusRows(bed: TestBed): Promise<MailboxSummaryRow[]> {
  const [mailboxes, observations, channelAccounts, grants, crmUsers, portal] = await Promise.all([
    bed.repo.getAll('mailboxes'), bed.repo.getAll('observations'), bed.repo.getAll('channelAccounts'), bed.repo.getAll('grants'),
    bed.repo.getAll('crmUsers'), bed.repo.getMeta('hubspotPortal'),
  ]);
  return summarizeRows({
    mailboxes, observations, channelAccounts, grants, inactiveUsers: crmUsers.filter((u) => u.status !== 'active'),
    ...(portal ? { portalId: portal.portalId } : {}),
  });
}

describe('generated worlds', () => {
  beforeAll(() => {
    // The page handler also feeds running plans, which live in the background's own store: none here.
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (args[0] !== '[inboxlink] plan observation:') warn(...args);
    });
  });
  it('1. a full sync of any world completes and stores exactly its users, inboxes and channels', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const { bed, passes } = await runWorld(world);
        expect(passes.map((p) => p.status?.state)).toEqual(['idle', 'idle']);
        const { scenario } = world;
        const users = await bed.repo.getAll('crmUsers');
        expect(users.map((u) => [u.id, u.email, u.status]).sort()).toEqual(
          scenario.users.map((u) => [u.id, normalizeAddress(u.email), u.status ?? 'active']).sort(),
        );
        const teams = await bed.repo.getAll('teams');
        expect(teams.map((t) => [t.id, t.name]).sort()).toEqual((scenario.teams ?? []).map((t) => [t.id, t.name]).sort());
        const owners = await bed.repo.getAll('owners');
        expect(lower(owners.filter((o) => o.archived).map((o) => o.email ?? ''))).toEqual(lower(scenario.users.filter((u) => (u.status ?? 'active') !== 'active').map((u) => u.email)));
        const inboxes = await bed.repo.getAll('inboxes');
        expect(inboxes.map((i) => [i.id, i.name, i.archived]).sort()).toEqual((scenario.inboxes ?? []).map((i) => [i.id, i.name, i.archived ?? false]).sort());
        const accounts = await bed.repo.getAll('channelAccounts');
        expect(accounts.map((a) => [a.id, a.address, a.active, a.authorized, a.archived]).sort()).toEqual(
          (scenario.teamChannels ?? []).map((c) => [c.id, normalizeAddress(c.address), c.active ?? true, c.authorized ?? true, c.archived ?? false]).sort(),
        );
        const mailboxes = await bed.repo.getAll('mailboxes');
        expect(lower(mailboxes.filter((m) => m.kind === 'team').map((m) => m.address))).toEqual(lower((scenario.teamChannels ?? []).map((c) => c.address)));
        expect(lower(mailboxes.filter((m) => m.kind === 'personal').map((m) => m.address))).toEqual(lower(listedPersonal(world).map((m) => m.address)));
      }),
      propertyParameters(RUNS),
    );
  });

  it('2. every known mailbox gets exactly one status, and it agrees with both sides of the world', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const { bed } = await runWorld(world);
        const mailboxes = await bed.repo.getAll('mailboxes');
        const rows = await statusRows(bed);
        expect(lower(rows.map((r) => r.address))).toEqual(lower(mailboxes.map((m) => m.address)));
        for (const row of rows) expect(LINK_STATUSES).toContain(row.status);
        const statusOf = new Map(rows.map((r) => [r.address, r.status]));
        for (const m of world.truth.mailboxes) {
          const status = statusOf.get(normalizeAddress(m.address));
          if (status === undefined) continue; // not known to the product (a removed user's inbox): no row to judge
          expect({ address: m.address, status }).toEqual({ address: m.address, status: expect.toBeOneOf(acceptableStatuses(world, m)) });
        }
      }),
      propertyParameters(RUNS),
    );
  });

  it('3. diagnose never throws, names only what exists on a side, and says each finding once', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const { bed } = await runWorld(world);
        const findings = diagnose(await readSnapshot(bed.access), bed.access.now());
        const { scenario } = world;
        const exists = new Set(lower([
          ...scenario.users.map((u) => u.email), ...(scenario.personalInboxes ?? []).map((i) => i.address),
          ...(scenario.teamChannels ?? []).map((c) => c.address), ...(scenario.providerGrants ?? []).map((g) => g.address),
        ]));
        for (const finding of findings) expect(exists, `${finding.code} names ${finding.subject}`).toContain(finding.subject);
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
        expect(new Set(findings.map((f) => `${f.code}:${f.subject}`)).size).toBe(findings.length);
        // Support's findings and the status the user sees tell the same story.
        const statusOf = new Map((await statusRows(bed)).map((r) => [r.address, r.status]));
        const SAME: Record<string, LinkStatus> = { 'half-unlinked': 'half-unlinked', 'broken-connection': 'broken' };
        for (const finding of findings.filter((f) => SAME[f.code] && statusOf.has(f.subject))) {
          expect({ finding: finding.id, status: statusOf.get(finding.subject) }).toEqual({ finding: finding.id, status: SAME[finding.code] });
        }
        // A departed user's access left at Google or Microsoft, where a signed-in admin's API can see it, is reported.
        const subjects = new Set(findings.map((f) => f.subject));
        for (const user of scenario.users.filter((u) => (u.status ?? 'active') !== 'active')) {
          const email = normalizeAddress(user.email);
          const leftover = (scenario.providerGrants ?? []).some((g) => normalizeAddress(g.address) === email && g.app === 'HubSpot'
            && ((g.provider === 'google' && world.truth.googleAdmin && email.endsWith(`@${world.truth.workspaceDomain}`))
              || (g.provider === 'microsoft365' && world.truth.microsoftAdmin && email.endsWith(`@${TENANT_DOMAIN}`))));
          if (leftover) expect(subjects, `${email} departed with access left`).toContain(email);
        }
      }),
      propertyParameters(RUNS),
    );
  });

  it('4. an unlink plan for every mailbox composes, with a HubSpot step where HubSpot holds it and a provider step where a grant is stored', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const { bed } = await runWorld(world);
        for (const m of world.truth.mailboxes) {
          const inputs = await readPlanInputs(bed.access, m.address);
          const plan = composePlan(inputs.facts, inputs.capabilities, inputs.portal ?? { id: world.scenario.portal.id, uiHost: 'app.hubspot.com' });
          // Steps that ask something of the user or call an API (a verify step only checks).
          const open = (side: string) => plan.steps.filter((s) => s.side === side && s.state === 'pending' && s.kind !== 'verify').map((s) => s.flow);
          const crm = hubspotSide(m);
          const holds = crm === 'connected-healthy' || crm === 'connected-broken' || (m.personal?.state === 'disabled' && m.personal.userStatus === 'active');
          const hubspotFlow = m.kind === 'team' ? 'delete-team-channel' : 'disconnect-personal-inbox';
          if (holds) expect({ address: m.address, hubspot: open('hubspot') }).toEqual({ address: m.address, hubspot: expect.arrayContaining([hubspotFlow]) });
          // A channel HubSpot already deleted has nothing left to do on HubSpot's side (the plan skips it).
          if (m.team?.archived) expect({ address: m.address, hubspot: open('hubspot') }).toEqual({ address: m.address, hubspot: [] });
          if (grantSide(world, m) === 'present') {
            const providerFlow = m.provider === 'google' ? 'revoke-google-workspace' : 'revoke-microsoft-admin';
            expect({ address: m.address, provider: open('provider') }).toEqual({ address: m.address, provider: expect.arrayContaining([providerFlow]) });
          }
        }
      }),
      propertyParameters(RUNS),
    );
  });
});
