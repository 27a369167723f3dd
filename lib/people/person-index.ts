/**
 * The People page's rows: every HubSpot user with what the page shows and filters on — status,
 * Super Admin, roles, teams, seats, last login — and their mailboxes, each with the one status
 * rule (lib/status): their personal inboxes (mailbox records of theirs, rows of their own
 * Connected emails page, their own address where the provider shows HubSpot's access), the team channels they connected (the Channels page names who), and
 * HubSpot's access at their provider. Pure and linear in the records, so 10,000 users and 2,000
 * mailboxes join in one pass; `search` is precomputed so a keystroke filters without allocating.
 */
import type { ChannelAccount, CrmRole, CrmTeam, CrmUser, GrantState, HistoryEvent, Mailbox, MailboxKind, MailProvider, Observation, ProviderGrant } from '../model';
import { grantStateFrom, verdictOf } from '../status/mailbox-facts';
import type { LinkStatus } from '../status/mailbox-status';
import { displayName } from './person-name';

export interface PeopleSources {
  users: readonly CrmUser[];
  roles: readonly CrmRole[];
  teams: readonly CrmTeam[];
  /** HubSpot's login history as lib/history stores it (source `hubspot-logins`): the last login is the newest success. */
  logins: readonly HistoryEvent[];
  mailboxes: readonly Mailbox[];
  /** Observations about mailboxes (personal inbox rows, team channel rows, consent pages). */
  observations: readonly Observation[];
  channelAccounts: readonly ChannelAccount[];
  grants: readonly ProviderGrant[];
}

export interface PersonMailbox {
  address: string;
  kind: MailboxKind;
  provider: MailProvider;
  status: LinkStatus;
  grant: GrantState;
  /** A team channel's live channel account (for offboarding's channel choices). */
  accountId?: string;
  name?: string;
}

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  status: CrmUser['status'];
  superAdmin: boolean;
  roles: string[];
  /** Primary team first. */
  teams: string[];
  seats: string[];
  lastLoginAt?: string;
  mailboxes: PersonMailbox[];
  /** A mailbox still linked to HubSpot in any way while the user is not active (offboarding left something behind). */
  leftovers: number;
  /** Lower-case name, address, roles and teams, for the search box. */
  search: string;
}

function group<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const newestOf = (observations: readonly Observation[] | undefined, kind: Observation['kind']): Observation | undefined =>
  observations?.filter((o) => o.kind === kind).reduce<Observation | undefined>((best, o) => (!best || o.observedAt > best.observedAt ? o : best), undefined);

const scopeUser = (o: Observation): string | undefined => (typeof o.value.scope === 'string' ? /:user:(.+)$/.exec(o.value.scope)?.[1]?.toLowerCase() : undefined);

/** The mailbox's provider as known, else the provider that holds HubSpot's access to it. */
function providerOf(mailbox: Mailbox | undefined, grants: readonly ProviderGrant[]): MailProvider {
  const known = mailbox?.provider;
  return known && known !== 'unknown' ? known : (grants[0]?.provider ?? 'unknown');
}

/** Address → the newest successful HubSpot login among the events. */
function newestLogins(events: readonly HistoryEvent[]): Map<string, string> {
  const newest = new Map<string, string>();
  for (const event of events) {
    if (event.kind !== 'login' || event.result !== 'success') continue;
    const known = newest.get(event.address);
    if (!known || event.at > known) newest.set(event.address, event.at);
  }
  return newest;
}

export function buildPeopleIndex(sources: PeopleSources): PersonRow[] {
  const roleName = new Map(sources.roles.map((role) => [role.id, role.name]));
  const teamName = new Map(sources.teams.map((team) => [team.id, team.name]));
  const lastLogin = newestLogins(sources.logins);
  const observed = group(sources.observations, (o) => o.address);
  const accounts = group(sources.channelAccounts, (a) => a.address);
  const granted = group(sources.grants, (g) => g.address);
  const mailboxByAddress = new Map(sources.mailboxes.map((m) => [m.address, m]));
  const personalByUserId = group(sources.mailboxes.filter((m) => m.kind === 'personal'), (m) => m.userId);
  const personalByEmail = group(sources.mailboxes.filter((m) => m.kind === 'personal'), (m) => m.address);
  // The Connected emails page lists the signed-in user's own inboxes: its scope names whose.
  const listedUnder = group(sources.observations.filter((o) => o.kind === 'crm-personal-inbox'), scopeUser);
  // Team channels by who connected them, from the newest Channels page row of each live channel.
  const connectedBy = new Map<string, ChannelAccount[]>();
  for (const [address, list] of accounts) {
    const live = list.find((a) => !a.archived && !a.goneAt);
    const by = newestOf(observed.get(address), 'crm-team-channel')?.value.connectedBy;
    if (!live || typeof by !== 'string') continue;
    const key = by.toLowerCase();
    connectedBy.set(key, [...(connectedBy.get(key) ?? []), live]);
  }

  function mailboxRow(address: string, kind: MailboxKind, owner: CrmUser | undefined, account?: ChannelAccount): PersonMailbox {
    const mailbox = mailboxByAddress.get(address);
    const observations = observed.get(address) ?? [];
    const grants = granted.get(address) ?? [];
    const verdict = verdictOf({ mailbox, observations, channelAccounts: accounts.get(address) ?? [], grants, ...(owner ? { owner } : {}) });
    return {
      address, kind, provider: providerOf(mailbox, grants), status: verdict.status, grant: grantStateFrom(grants, observations).state,
      ...(account ? { accountId: account.id, name: account.name } : {}),
    };
  }

  return sources.users.map((user) => {
    const personal = new Set<string>();
    for (const m of personalByUserId.get(user.id) ?? []) personal.add(m.address);
    for (const m of personalByEmail.get(user.email) ?? []) if (!m.userId || m.userId === user.id) personal.add(m.address);
    for (const o of listedUnder.get(user.email) ?? []) personal.add(o.address);
    // HubSpot's access at the provider to the user's own address: their mailbox, though no page named it yet.
    const own = user.email.toLowerCase();
    const ownMailbox = mailboxByAddress.get(own);
    if (granted.has(own) && (!ownMailbox?.userId || ownMailbox.userId === user.id)) personal.add(own);
    const mailboxes = [
      ...[...personal].sort().map((address) => mailboxRow(address, 'personal', user)),
      ...(connectedBy.get(user.email) ?? []).map((account) => mailboxRow(account.address ?? '', 'team', undefined, account)),
    ];
    const roles = user.roleIds.map((id) => roleName.get(id) ?? id);
    const teams = [user.primaryTeamId, ...user.secondaryTeamIds].filter((id): id is string => Boolean(id)).map((id) => teamName.get(id) ?? id);
    const name = displayName(user);
    const login = lastLogin.get(user.email.toLowerCase());
    const leftovers = user.status === 'active' ? 0 : mailboxes.filter((m) => m.status !== 'not-linked').length;
    return {
      id: user.id, email: user.email, name, status: user.status, superAdmin: user.superAdmin, roles, teams, seats: user.seatNames ?? [],
      ...(login ? { lastLoginAt: login } : {}), mailboxes, leftovers,
      search: [name, user.email, ...roles, ...teams].join('\n').toLowerCase(),
    };
  });
}
