/**
 * Generated worlds (fast-check) for the property tests in this folder: a HubSpot portal with its
 * users, personal inboxes and team channels, a Google Workspace and an Entra tenant, and the grants
 * the providers still hold. Every world is validated against sandbox/schema/scenario.schema.json
 * by the sandbox's own validator (ajv), so the generator cannot drift from what the sandbox, and
 * the real services it stands in for, can serve.
 *
 * Each generated world also carries its own truth (`WorldTruth`): what every address IS, written
 * down by the generator as it chose it, so a property can check the product against the world
 * without calling the product's own rules.
 */
import fc from 'fast-check';
import type { PersonalInbox, Provider, ProviderGrant, Scenario, ScenarioUser, TeamChannel, UserStatus } from '../../sandbox/core/scenario';
import { validateScenario } from '../../sandbox/core/validate-scenario';

export const WORLD_TOKEN = 'world-token';
export const WORLD_SCOPES = ['settings.users.read', 'settings.users.teams.read', 'crm.objects.owners.read', 'conversations.read', 'oauth'];

/** The company's domains: one Google Workspace, one Entra tenant (as demo.json has), written in lower case in the directories. */
export const WORKSPACE_DOMAINS = ['firma.example', 'xn--mller-kva.example'] as const; // the second is müller.example in punycode
export const TENANT_DOMAIN = 'contoso-nordic.example';
export const TENANT_ID = '6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f';
const IMAP_DOMAIN = 'mailhost.example';

/** Where an address lives decides which providers can connect it (an @gmail.com address is Google's, never Microsoft's). */
type Home = 'workspace' | 'tenant' | 'gmail' | 'outlook' | 'imap';
const HOME_PROVIDERS: Record<Home, readonly Provider[]> = {
  workspace: ['google', 'imap'],
  tenant: ['microsoft365', 'imap'],
  gmail: ['google'],
  outlook: ['outlook'],
  imap: ['imap'],
};

export type GrantKind = 'hubspot' | 'hubspot-twice' | 'other-app' | 'none';

/** What the generator decided about one mailbox address (its lower-case form is the key). */
export interface MailboxTruth {
  address: string;
  kind: 'personal' | 'team';
  provider: Provider;
  home: Home;
  /** HubSpot's side: personal inbox state (and its user's status), or the team channel's flags. */
  personal?: { state: PersonalInbox['state']; error: PersonalInbox['error']; userId: string; userStatus: UserStatus };
  team?: { active: boolean; authorized: boolean; archived: boolean; inboxId: string };
  grant: GrantKind;
}

export interface WorldTruth {
  workspaceDomain: string;
  /** The Google Workspace admin signed in to Inboxlink, if any (the Admin SDK then answers for the Workspace domain). */
  googleAdmin?: string;
  /** The Entra admin signed in to Inboxlink, if any (Graph then answers for the tenant's domain). */
  microsoftAdmin?: string;
  mailboxes: MailboxTruth[];
}

export interface GeneratedWorld {
  scenario: Scenario;
  truth: WorldTruth;
}

const FIRST_NAMES = ['anna', 'jörg', 'lars', 'sofie', 'mark', 'zoë', 'emma', 'erik', 'julia', 'sam', 'ingrid', 'kwame', 'daan', 'greta', 'oliver', 'sara'];
const TEAM_WORDS = ['info', 'support', 'sales', 'kontakt', 'saljare', 'hello', 'billing', 'jobs'];

/** The addresses as people type them: as they are, Capitalised, or SHOUTED; the product must treat them as one. */
const casing = fc.constantFrom<(text: string) => string>(
  (text) => text,
  (text) => text.replace(/(^|[.@])(\w)/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
  (text) => text.toUpperCase(),
);

/** Local parts are ASCII: HubSpot's user form and the providers' admin APIs take IDN only in the domain (as punycode). */
const asciiLocal = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * How the HubSpot user's email relates to the mailbox they connect. An OAuth connection (Google,
 * Microsoft) is an account's, so HubSpot lists the account's primary address and the provider
 * holds its grant there; the HubSpot user may still have signed up under a plus address or an
 * alias of it (`userEmail`), which then differs from every mailbox address.
 */
type UserEmailStyle = 'account' | 'plus' | 'alias';
type InboxAt = 'account' | 'gmail' | 'outlook' | 'imap';

interface UserPlan {
  status: UserStatus;
  superAdmin: boolean;
  home: 'workspace' | 'tenant';
  userEmail: UserEmailStyle;
  teamIndex: number | null;
  inbox: null | { at: InboxAt; providerPick: number; state: PersonalInbox['state']; error: PersonalInbox['error']; grant: GrantKind };
  /** A grant the user gave HubSpot on their account without an inbox there (HubSpot Sales' leftover). */
  strayGrant: boolean;
}

const grantKind = fc.constantFrom<GrantKind>('hubspot', 'hubspot', 'hubspot-twice', 'other-app', 'none', 'none');

const userPlan: fc.Arbitrary<UserPlan> = fc.record({
  status: fc.constantFrom<UserStatus>('active', 'active', 'active', 'deactivated', 'removed'),
  superAdmin: fc.boolean(),
  home: fc.constantFrom<'workspace' | 'tenant'>('workspace', 'tenant'),
  userEmail: fc.constantFrom<UserEmailStyle>('account', 'account', 'plus', 'alias'),
  teamIndex: fc.option(fc.nat(2), { nil: null }),
  inbox: fc.option(
    fc.record({
      at: fc.constantFrom<InboxAt>('account', 'account', 'account', 'gmail', 'outlook', 'imap'),
      providerPick: fc.nat(1),
      state: fc.constantFrom<PersonalInbox['state']>('connected', 'connected', 'disabled', 'removed'),
      error: fc.constantFrom<PersonalInbox['error']>(null, null, null, 'access-revoked', 'password-changed', 'sync-error'),
      grant: grantKind,
    }),
    { nil: null, freq: 2 },
  ),
  strayGrant: fc.boolean(),
});

interface ChannelPlan {
  word: number;
  home: Home;
  providerPick: number;
  inboxIndex: number;
  active: boolean;
  authorized: boolean;
  archived: boolean;
  grant: GrantKind;
}

const channelPlan: fc.Arbitrary<ChannelPlan> = fc.record({
  word: fc.nat(TEAM_WORDS.length - 1),
  home: fc.constantFrom<Home>('workspace', 'workspace', 'tenant', 'tenant', 'gmail', 'outlook', 'imap'),
  providerPick: fc.nat(1),
  inboxIndex: fc.nat(2),
  active: fc.boolean(),
  authorized: fc.oneof(fc.constant(true), fc.boolean()),
  archived: fc.oneof(fc.constant(false), fc.boolean()),
  grant: grantKind,
});

const GRANT_SCOPES: Record<Exclude<Provider, 'imap'>, string[]> = {
  google: ['https://mail.google.com/', 'https://www.googleapis.com/auth/userinfo.email', 'openid'],
  microsoft365: ['openid', 'email', 'offline_access', 'Mail.ReadWrite', 'Mail.Send'],
  outlook: ['openid', 'email', 'offline_access', 'Mail.ReadWrite', 'Mail.Send'],
};

function grantsFor(address: string, provider: Provider, kind: GrantKind): ProviderGrant[] {
  if (provider === 'imap' || kind === 'none') return [];
  const grant = (app: string, clientId?: string): ProviderGrant => ({ address, provider, app, scopes: GRANT_SCOPES[provider], ...(clientId ? { clientId } : {}) });
  if (kind === 'other-app') return [grant('Zoom')];
  // Google lists one token per client id: HubSpot's inbox and HubSpot Sales are two (as in demo.json).
  if (kind === 'hubspot-twice' && provider === 'google') return [grant('HubSpot'), grant('HubSpot', '440123456789-hubspotinbox0sales.apps.googleusercontent.com')];
  return [grant('HubSpot')];
}

function domainOf(home: Home, workspace: string): string {
  switch (home) {
    case 'workspace': return workspace;
    case 'tenant': return TENANT_DOMAIN;
    case 'gmail': return 'gmail.com';
    case 'outlook': return 'outlook.com';
    case 'imap': return IMAP_DOMAIN;
  }
}

interface WorldPlan {
  portalId: number;
  workspace: string;
  language: 'en' | 'de' | 'nl' | 'sv' | 'pl';
  uiHost: 'app.hubspot.com' | 'app-eu1.hubspot.com';
  tier: 'free' | 'starter' | 'professional' | 'enterprise';
  /** How the admins' addresses are written where they sign in (Google and Microsoft take any case). */
  adminCasing: (text: string) => string;
  googleAdmin: boolean;
  microsoftAdmin: boolean;
  teams: number;
  inboxes: { type: 'INBOX' | 'HELP_DESK'; archived: boolean }[];
  users: { plan: UserPlan; casing: (text: string) => string }[];
  channels: { plan: ChannelPlan; casing: (text: string) => string }[];
}

/** Small worlds mostly, an empty portal sometimes, and now and then one large enough to page (the tests page in tens). */
const userList = fc.oneof(
  { withCrossShrink: true },
  { arbitrary: fc.array(fc.record({ plan: userPlan, casing }), { maxLength: 8 }), weight: 6 },
  { arbitrary: fc.array(fc.record({ plan: userPlan, casing }), { minLength: 20, maxLength: 45 }), weight: 1 },
);

const worldPlan: fc.Arbitrary<WorldPlan> = fc.record({
  portalId: fc.integer({ min: 1, max: 99_999_999 }),
  workspace: fc.constantFrom(...WORKSPACE_DOMAINS),
  language: fc.constantFrom('en' as const, 'de' as const, 'nl' as const, 'sv' as const, 'pl' as const),
  uiHost: fc.constantFrom('app.hubspot.com' as const, 'app-eu1.hubspot.com' as const),
  tier: fc.constantFrom('free' as const, 'starter' as const, 'professional' as const, 'enterprise' as const),
  adminCasing: casing,
  googleAdmin: fc.boolean(),
  microsoftAdmin: fc.boolean(),
  teams: fc.nat(3),
  inboxes: fc.array(fc.record({ type: fc.constantFrom<'INBOX' | 'HELP_DESK'>('INBOX', 'HELP_DESK'), archived: fc.oneof(fc.constant(false), fc.boolean()) }), { minLength: 1, maxLength: 3 }),
  users: userList,
  channels: fc.array(fc.record({ plan: channelPlan, casing }), { maxLength: 6 }),
});

/** Builds the scenario and its truth from a plan; addresses are made unique by an index in the local part. */
function buildWorld(plan: WorldPlan): GeneratedWorld {
  const ws = plan.workspace;
  const teams = Array.from({ length: plan.teams }, (_, i) => ({ id: `t${i + 1}`, name: `Team ${i + 1}` }));
  const inboxes = plan.inboxes.map((inbox, i) => ({ id: String(147100 + i), name: `Inbox ${i + 1}`, type: inbox.type, archived: inbox.archived }));
  const users: ScenarioUser[] = [];
  const personalInboxes: PersonalInbox[] = [];
  const teamChannels: TeamChannel[] = [];
  const providerGrants: ProviderGrant[] = [];
  const mailboxes: MailboxTruth[] = [];

  plan.users.forEach(({ plan: u, casing: cased }, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'user';
    const local = `${asciiLocal(first)}.${i}`;
    const id = String(51300000 + i);
    const account = cased(`${local}@${domainOf(u.home, ws)}`);
    const emails: Record<UserEmailStyle, string> = {
      account,
      plus: cased(`${local}+hubspot@${domainOf(u.home, ws)}`),
      alias: cased(`${asciiLocal(first)}${i}.alias@${domainOf(u.home, ws)}`),
    };
    const email = emails[u.userEmail];
    const team = u.teamIndex !== null && teams.length > 0 ? teams[u.teamIndex % teams.length] : undefined;
    users.push({ id, email, firstName: first, lastName: `Person${i}`, superAdmin: u.superAdmin, status: u.status, ...(team ? { primaryTeamId: team.id } : {}) });
    if (u.inbox) {
      const where: Record<InboxAt, { address: string; home: Home }> = {
        account: { address: account, home: u.home },
        gmail: { address: `${local}.home@gmail.com`, home: 'gmail' },
        outlook: { address: `${local}.home@outlook.com`, home: 'outlook' },
        imap: { address: `${local}@${IMAP_DOMAIN}`, home: 'imap' },
      };
      const { address, home } = where[u.inbox.at];
      const choices = HOME_PROVIDERS[home];
      const provider = choices[u.inbox.providerPick % choices.length] ?? 'imap';
      // HubSpot shows an error only on a connected inbox; a disabled or removed one has none.
      const error = u.inbox.state === 'connected' ? u.inbox.error : null;
      personalInboxes.push({ userId: id, address, provider, state: u.inbox.state, error });
      providerGrants.push(...grantsFor(address, provider, u.inbox.grant));
      mailboxes.push({ address, kind: 'personal', provider, home, personal: { state: u.inbox.state, error, userId: id, userStatus: u.status }, grant: provider === 'imap' ? 'none' : u.inbox.grant });
    }
    if (u.strayGrant && u.inbox?.at !== 'account') providerGrants.push(...grantsFor(account, u.home === 'workspace' ? 'google' : 'microsoft365', 'hubspot'));
  });

  plan.channels.forEach(({ plan: c, casing: cased }, i) => {
    const home = c.home;
    const choices = HOME_PROVIDERS[home];
    const provider = choices[c.providerPick % choices.length] ?? 'imap';
    const address = cased(`${TEAM_WORDS[c.word] ?? 'team'}.${i}@${domainOf(home, ws)}`);
    const inbox = inboxes[c.inboxIndex % inboxes.length];
    if (!inbox) return;
    const connectedBy = users.length > 0 ? users[i % users.length]?.id : undefined;
    teamChannels.push({
      id: String(908200 + i), inboxId: inbox.id, address, name: `Channel ${i}`, provider,
      active: c.active, authorized: c.authorized, archived: c.archived, ...(connectedBy ? { connectedByUserId: connectedBy } : {}),
    });
    providerGrants.push(...grantsFor(address, provider, c.grant));
    mailboxes.push({ address, kind: 'team', provider, home, team: { active: c.active, authorized: c.authorized, archived: c.archived, inboxId: inbox.id }, grant: provider === 'imap' ? 'none' : c.grant });
  });

  const googleAdmin = plan.googleAdmin ? plan.adminCasing(`it-admin@${ws}`) : undefined;
  const microsoftAdmin = plan.microsoftAdmin ? plan.adminCasing(`m365-admin@${TENANT_DOMAIN}`) : undefined;
  const tokenUser = users.find((u) => u.superAdmin && u.status === 'active');
  const scenario: Scenario = {
    name: 'generated',
    portal: { id: plan.portalId, name: `Portal ${plan.portalId}`, domain: ws, language: plan.language, uiHost: plan.uiHost, tier: plan.tier },
    teams,
    users,
    personalInboxes,
    inboxes,
    teamChannels,
    providerGrants,
    directories: {
      googleWorkspace: [{ domain: ws, admins: googleAdmin ? [googleAdmin] : [] }],
      entraTenants: [{ tenantId: TENANT_ID, domains: [TENANT_DOMAIN], admins: microsoftAdmin ? [microsoftAdmin] : [] }],
    },
    tokens: { hubspot: [{ token: WORLD_TOKEN, scopes: WORLD_SCOPES, ...(tokenUser ? { userId: tokenUser.id } : {}) }] },
  };
  return {
    // The sandbox's own validator: a generator change that leaves the schema fails every run.
    scenario: validateScenario(structuredClone(scenario), 'generated world'),
    truth: { workspaceDomain: ws, ...(googleAdmin ? { googleAdmin } : {}), ...(microsoftAdmin ? { microsoftAdmin } : {}), mailboxes },
  };
}

export const worldArbitrary: fc.Arbitrary<GeneratedWorld> = worldPlan.map(buildWorld);

/** One fixed seed per run unless FC_SEED is set: a failure prints the seed and path that replay it. */
export const propertyParameters = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns: process.env.FC_RUNS ? Number(process.env.FC_RUNS) : numRuns,
  seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 0x1b0c,
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
  endOnFailure: false,
});
