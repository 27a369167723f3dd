import type { ChannelAccount, CrmUser, GrantState, Mailbox, MailProvider, Observation, PersonalCrmSide, PersonalCrmState, ProviderGrant } from '../model';

const PROVIDERS: readonly string[] = ['google', 'microsoft365', 'outlook', 'imap'];
const isMailProvider = (value: string): value is MailProvider => PROVIDERS.includes(value);
import { personalCrmSide } from './crm-side';
import { newest } from './newest';
import { teamSideFrom } from './team-side';
import { linkStatus, type LinkStatus } from './mailbox-status';

/** Everything the store knows about one address, gathered by the caller in one transaction. */
export interface MailboxFacts {
  mailbox?: Mailbox;
  observations: readonly Observation[];
  channelAccounts: readonly ChannelAccount[];
  grants: readonly ProviderGrant[];
  /** The HubSpot user the personal inbox belongs to, when known (its status speaks for the inbox). */
  owner?: MailboxOwner | undefined;
}

/** What the status reads of a personal inbox's user: HubSpot's users and owners APIs, via the sync or a people plan. */
export type MailboxOwner = Pick<CrmUser, 'id' | 'email' | 'status' | 'syncedAt'>;

const STRENGTH: Record<PersonalCrmState, number> = { unknown: 0, connected: 1, disabled: 2, removed: 3 };

/**
 * A deactivated user's personal inbox is disconnected ("their personal emails are disconnected",
 * seed 002), and a removed user's goes with their profile: the user's status, read through the
 * owners and users APIs, says as much about the inbox as its page would.
 */
function personalSideFromOwner(address: string, owner: MailboxOwner | undefined): PersonalCrmSide | undefined {
  if (!owner || owner.status === 'active') return undefined;
  const where = owner.status === 'removed' ? 'api.hubapi.com/settings/v3/users' : 'api.hubapi.com/crm/v3/owners';
  return { address, state: owner.status === 'removed' ? 'removed' : 'disabled', evidence: { source: 'api', at: owner.syncedAt, where } };
}

export interface MailboxVerdict {
  status: LinkStatus;
  kind: 'personal' | 'team';
  /** Newest evidence on either side, for "checked N minutes ago". */
  checkedAt: string | null;
}

/**
 * The personal inbox's CRM state as last observed on HubSpot's Connected emails page, unless the
 * inbox's user is deactivated or removed: that goes further than any page seen (a page cannot show
 * a deactivated user's inbox connected again), and then the API's word is the evidence.
 */
export function personalSideFrom(observations: readonly Observation[], owner?: MailboxOwner): PersonalCrmSide | undefined {
  const seen = newest(observations.filter((o) => o.kind === 'crm-personal-inbox'), (o) => o.observedAt);
  const state = seen?.value.state;
  const observed: PersonalCrmSide | undefined =
    seen && (state === 'connected' || state === 'disabled' || state === 'removed')
      ? {
          address: seen.address, state,
          error: typeof seen.value.error === 'string' ? seen.value.error : undefined,
          provider: typeof seen.value.provider === 'string' && isMailProvider(seen.value.provider) ? seen.value.provider : undefined,
          evidence: { source: 'observed', at: seen.observedAt, where: `${seen.host}${seen.path}` },
        }
      : undefined;
  const fromOwner = seen && !speaksFor(seen, owner) ? undefined : personalSideFromOwner(observed?.address ?? owner?.email ?? '', owner);
  if (!fromOwner || (observed && STRENGTH[observed.state] >= STRENGTH[fromOwner.state])) return observed;
  return { ...fromOwner, ...(observed?.provider ? { provider: observed.provider } : {}) };
}

/**
 * Whether the user's status may speak for the inbox the page showed: the page's list was that
 * user's own (its scope names them), or names nobody and is older than what the API said. An
 * inbox listed under a colleague's account (same address, another HubSpot user) is theirs.
 */
function speaksFor(seen: Observation, owner: MailboxOwner | undefined): boolean {
  if (!owner) return false;
  const listedUnder = typeof seen.value.scope === 'string' ? /:user:(.+)$/.exec(seen.value.scope)?.[1] : undefined;
  if (listedUnder !== undefined) return listedUnder.toLowerCase() === owner.email.toLowerCase();
  return owner.syncedAt > seen.observedAt;
}

/**
 * Which provider connects an inbox. HubSpot's Connected emails row says how HubSpot reads it
 * (e.g. IMAP); any other source (the mailbox record, the mail host the address was seen on)
 * only fills a provider the row does not name: an IMAP inbox is often open in Gmail or Outlook.
 */
export function connectedProvider(hubspotRow: MailProvider | undefined, other: MailProvider | undefined): MailProvider | undefined {
  return hubspotRow ?? (other && other !== 'unknown' ? other : undefined);
}

/** The provider grant: the newest of an admin-API record and a consent-page observation wins. */
export function grantStateFrom(grants: readonly ProviderGrant[], observations: readonly Observation[]): { state: GrantState; at?: string } {
  const candidates: { state: GrantState; at: string }[] = [
    ...grants.map((g) => ({ state: g.state, at: g.evidence.at })),
    ...observations
      .filter((o) => o.kind === 'provider-grant' && typeof o.value.present === 'boolean')
      .map((o) => ({ state: (o.value.present ? 'present' : 'absent') as GrantState, at: o.observedAt })),
  ];
  // Several grants (e.g. two HubSpot client ids): any present one keeps access alive.
  const latest = newest(candidates, (c) => c.at);
  if (!latest) return { state: 'unknown' };
  const presentNow = grants.some((g) => g.state === 'present' && g.evidence.at >= latest.at);
  return { state: presentNow ? 'present' : latest.state, at: latest.at };
}

/**
 * The owner, when there is a personal inbox to speak for: a mailbox record or a Connected emails
 * row. A user who never connected one (most deactivated users) gets no inbox from their status.
 */
export function ownerOfKnownInbox(facts: MailboxFacts): MailboxOwner | undefined {
  const known = facts.mailbox !== undefined || facts.observations.some((o) => o.kind === 'crm-personal-inbox');
  return known ? facts.owner : undefined;
}

export function verdictOf(facts: MailboxFacts): MailboxVerdict {
  const team = teamSideFrom(facts.channelAccounts, facts.observations);
  const kind = team.account ? 'team' : (facts.mailbox?.kind ?? 'personal');
  const personal = personalSideFrom(facts.observations, ownerOfKnownInbox(facts));
  const crm = kind === 'team' ? team.summary : personalCrmSide(personal);
  const grant = grantStateFrom(facts.grants, facts.observations);
  // Which grant applies depends on how HubSpot connects the inbox, and its row says so. The
  // mailbox record's provider may come from the mail host the address was seen on instead: an
  // inbox HubSpot reads over IMAP can be open in Outlook on the web or Gmail, and has no grant.
  const observedProvider = kind === 'personal' ? personal?.provider : undefined;
  const provider = connectedProvider(observedProvider, facts.mailbox?.provider) ?? 'unknown';
  const times = [team.account?.syncedAt, team.evidence?.at, personal?.evidence.at, grant.at].filter((t): t is string => Boolean(t)).sort();
  return {
    status: linkStatus({ provider, crm, grant: grant.state }),
    kind,
    checkedAt: times.at(-1) ?? null,
  };
}
