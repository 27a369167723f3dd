import {
  HUBSPOT_UI_HOSTS, observedContext, type ChannelAccount, type GrantProvider, type GrantState, type Mailbox, type MailProvider, type Observation,
  type PersonalCrmSide, type ProviderGrant,
} from '../model';
import { personalCrmSide } from './crm-side';
import { newest } from './newest';
import { teamSideFrom } from './team-side';
import { linkStatus, type LinkStatus } from './mailbox-status';

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
}

export interface MailboxVerdict {
  status: LinkStatus;
  kind: 'personal' | 'team';
  /** Newest evidence on either side, for "checked N minutes ago". */
  checkedAt: string | null;
}

/**
 * The HubSpot pages' observations of `kind` that speak for `portalId` (all HubSpot pages while
 * no portal is known): HubSpot's hosts only, and the portal the page's URL names.
 */
export function hubspotPageObservations(observations: readonly Observation[], kind: Observation['kind'], portalId: number | undefined): Observation[] {
  return observations.filter(
    (o) => o.kind === kind && HUBSPOT_UI_HOSTS.includes(o.host) && (portalId === undefined || observedContext(o).portalId === portalId),
  );
}

/** The personal inbox's CRM state as last observed on the portal's Connected emails page. */
export function personalSideFrom(observations: readonly Observation[], portalId?: number): PersonalCrmSide | undefined {
  const seen = newest(hubspotPageObservations(observations, 'crm-personal-inbox', portalId), (o) => o.observedAt);
  if (!seen) return undefined;
  const state = seen.value.state;
  if (state !== 'connected' && state !== 'disabled' && state !== 'removed' && state !== 'not-connected') return undefined;
  const error = typeof seen.value.error === 'string' ? seen.value.error : undefined;
  const provider = typeof seen.value.provider === 'string' && isMailProvider(seen.value.provider) ? seen.value.provider : undefined;
  return { address: seen.address, state, error, provider, evidence: { source: 'observed', at: seen.observedAt, where: `${seen.host}${seen.path}` } };
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

/** The organisation a Microsoft 365 address belongs to, as My Apps' `?tenantId=` names it: its domain. */
export const tenantOfAddress = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

export function verdictOf(facts: MailboxFacts): MailboxVerdict {
  const portalId = facts.portalId ?? facts.mailbox?.portalId;
  const team = teamSideFrom(facts.channelAccounts, facts.observations, portalId);
  const kind = team.account ? 'team' : (facts.mailbox?.kind ?? 'personal');
  const personal = personalSideFrom(facts.observations, portalId);
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
    status: linkStatus({ provider, crm, grant: grant.state }),
    kind,
    checkedAt: times.at(-1) ?? null,
  };
}
