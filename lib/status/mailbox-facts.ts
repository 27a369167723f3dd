import {
  HUBSPOT_UI_HOSTS, observedContext, type ChannelAccount, type CrmUser, type GrantProvider, type GrantState, type Mailbox, type MailProvider,
  type Observation, type PersonalCrmSide, type PersonalCrmState, type ProviderGrant,
} from '../model';
import { personalCrmSide } from './crm-side';
import { newest } from './newest';
import { teamSideFrom } from './team-side';
import { linkStatus, type CrmSideSummary, type LinkStatus } from './mailbox-status';

const PROVIDERS: readonly string[] = ['google', 'microsoft365', 'outlook', 'imap'];
const isMailProvider = (value: string): value is MailProvider => PROVIDERS.includes(value);
const GRANT_PROVIDERS: readonly string[] = ['google', 'microsoft365', 'outlook'];
const isGrantProvider = (value: string | undefined): value is GrantProvider => value !== undefined && GRANT_PROVIDERS.includes(value);

/** Everything the store knows about one address, gathered by the caller in one transaction. */
export interface MailboxFacts {
  mailbox?: Mailbox;
  observations: readonly Observation[];
  channelAccounts: readonly ChannelAccount[];
  grants: readonly ProviderGrant[];
  /**
   * The HubSpot portal that counts: the connected token's, else the mailbox's. HubSpot pages of
   * any other portal (an agency's second account) are set apart: they say nothing here.
   */
  portalId?: number;
  /** The HubSpot user the personal inbox belongs to, when known (its status speaks for the inbox). */
  owner?: MailboxOwner | undefined;
}

/** What the status reads of a personal inbox's user: HubSpot's users and owners APIs, via the sync or a people plan. */
export type MailboxOwner = Pick<CrmUser, 'id' | 'email' | 'status' | 'syncedAt'>;

// Not listed on its owner's page (i12) is as final as removed: the user's status adds nothing then.
const STRENGTH: Record<PersonalCrmState, number> = { unknown: 0, connected: 1, disabled: 2, removed: 3, 'not-connected': 3 };

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
/**
 * The HubSpot pages' observations of `kind` that speak for `portalId` (all HubSpot pages while
 * no portal is known): HubSpot's hosts only, and the portal the page's URL names.
 */
export function hubspotPageObservations(observations: readonly Observation[], kind: Observation['kind'], portalId: number | undefined): Observation[] {
  return observations.filter(
    (o) => o.kind === kind && HUBSPOT_UI_HOSTS.includes(o.host) && (portalId === undefined || observedContext(o).portalId === portalId),
  );
}

/** Whose personal inbox status is asked: the portal whose pages count, and the inbox's user when known. */
export interface PersonalSideScope {
  portalId?: number | undefined;
  owner?: MailboxOwner | undefined;
}

/**
 * The personal inbox's CRM state as last observed on the portal's Connected emails page, unless
 * the inbox's user is deactivated or removed: that goes further than any page seen (a page cannot
 * show a deactivated user's inbox connected again), and then the API's word is the evidence.
 */
export function personalSideFrom(observations: readonly Observation[], { portalId, owner }: PersonalSideScope = {}): PersonalCrmSide | undefined {
  const seen = newest(hubspotPageObservations(observations, 'crm-personal-inbox', portalId), (o) => o.observedAt);
  const state = seen?.value.state;
  const observed: PersonalCrmSide | undefined =
    seen && (state === 'connected' || state === 'disabled' || state === 'removed' || state === 'not-connected')
      ? {
          address: seen.address, state,
          error: typeof seen.value.error === 'string' ? seen.value.error : undefined,
          provider: typeof seen.value.provider === 'string' && isMailProvider(seen.value.provider) ? seen.value.provider : undefined,
          evidence: { source: 'observed', at: seen.observedAt, where: `${seen.host}${seen.path}` },
        }
      : undefined;
  const fromOwner = seen && !ownerSpeaksFor(seen, owner) ? undefined : personalSideFromOwner(observed?.address ?? owner?.email ?? '', owner);
  if (!fromOwner || (observed && STRENGTH[observed.state] >= STRENGTH[fromOwner.state])) return observed;
  return { ...fromOwner, ...(observed?.provider ? { provider: observed.provider } : {}) };
}

/**
 * Whether the user's status may speak for the inbox the page showed: the page's list was that
 * user's own (its scope names them), or names nobody and is older than what the API said. An
 * inbox listed under a colleague's account (same address, another HubSpot user) is theirs.
 */
function ownerSpeaksFor(seen: Observation, owner: MailboxOwner | undefined): boolean {
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

/** Whose grant counts: the provider that connects the mailbox, and its organisation (My Apps' tenant). */
export interface GrantBinding {
  provider?: MailProvider;
  /** The mailbox's organisation as a page's URL would name it (the address's domain). */
  tenant?: string;
}

/** Whether a consent page's observation speaks for the binding: that provider's page, the mailbox's organisation. */
function speaksFor(binding: GrantBinding, o: Observation): boolean {
  const on = observedContext(o);
  if (!on.provider) return false;
  if (!isGrantProvider(binding.provider)) return true;
  if (on.provider !== binding.provider) return false;
  return binding.tenant === undefined || on.tenant === undefined || on.tenant === binding.tenant.toLowerCase();
}

/**
 * The provider grant: the newest of an admin-API record and a consent-page observation wins. Only
 * the connecting provider's grants and pages count (a personal Microsoft account's consent page
 * says nothing about a Google mailbox of the same address); with no provider known, any does.
 */
export function grantStateFrom(allGrants: readonly ProviderGrant[], observations: readonly Observation[], binding: GrantBinding = {}): { state: GrantState; at?: string } {
  const grants = isGrantProvider(binding.provider) ? allGrants.filter((g) => g.provider === binding.provider) : allGrants;
  const candidates: { state: GrantState; at: string }[] = [
    ...grants.map((g) => ({ state: g.state, at: g.evidence.at })),
    ...observations
      .filter((o) => o.kind === 'provider-grant' && typeof o.value.present === 'boolean' && speaksFor(binding, o))
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
export function ownerOfKnownInbox(facts: Pick<MailboxFacts, 'mailbox' | 'observations' | 'owner'>): MailboxOwner | undefined {
  const known = facts.mailbox !== undefined || facts.observations.some((o) => o.kind === 'crm-personal-inbox');
  return known ? facts.owner : undefined;
}

/** The organisation a Microsoft 365 address belongs to, as My Apps' `?tenantId=` names it: its domain. */
export const tenantOfAddress = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * A team channel's provider is unknown unless its domain names it (the channel accounts API names
 * none), and an IMAP or forwarded channel holds no grant: an admin API's "no grant" for its address
 * then says nothing against a channel HubSpot shows working (active, authorized). It still says the
 * provider's side is closed once HubSpot deleted the channel.
 */
function teamGrantState(kind: 'personal' | 'team', provider: MailProvider, crm: CrmSideSummary, grant: GrantState): GrantState {
  return kind === 'team' && provider === 'unknown' && crm.seen && crm.connected && grant === 'absent' ? 'unknown' : grant;
}

export function verdictOf(facts: MailboxFacts): MailboxVerdict {
  const portalId = facts.portalId ?? facts.mailbox?.portalId;
  const team = teamSideFrom(facts.channelAccounts, facts.observations, portalId);
  const kind = team.account ? 'team' : (facts.mailbox?.kind ?? 'personal');
  const personal = personalSideFrom(facts.observations, { portalId, owner: ownerOfKnownInbox(facts) });
  const crm = kind === 'team' ? team.summary : personalCrmSide(personal);
  // Which grant applies depends on how HubSpot connects the inbox, and its row says so. The
  // mailbox record's provider may come from the mail host the address was seen on instead: an
  // inbox HubSpot reads over IMAP can be open in Outlook on the web or Gmail, and has no grant.
  const observedProvider = kind === 'personal' ? personal?.provider : undefined;
  const provider = connectedProvider(observedProvider, facts.mailbox?.provider) ?? 'unknown';
  const address = facts.mailbox?.address ?? facts.observations[0]?.address;
  const grant = grantStateFrom(facts.grants, facts.observations, { provider, ...(address ? { tenant: tenantOfAddress(address) } : {}) });
  const times = [team.account?.syncedAt, team.evidence?.at, personal?.evidence.at, grant.at].filter((t): t is string => Boolean(t)).sort();
  return {
    status: linkStatus({ provider, crm, grant: teamGrantState(kind, provider, crm, grant.state) }),
    kind,
    checkedAt: times.at(-1) ?? null,
  };
}
