import type { ChannelAccount, GrantState, Mailbox, MailProvider, Observation, PersonalCrmSide, ProviderGrant } from '../model';

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
}

export interface MailboxVerdict {
  status: LinkStatus;
  kind: 'personal' | 'team';
  /** Newest evidence on either side, for "checked N minutes ago". */
  checkedAt: string | null;
}

/** The personal inbox's CRM state as last observed on HubSpot's Connected emails page. */
export function personalSideFrom(observations: readonly Observation[]): PersonalCrmSide | undefined {
  const seen = newest(observations.filter((o) => o.kind === 'crm-personal-inbox'), (o) => o.observedAt);
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

export function verdictOf(facts: MailboxFacts): MailboxVerdict {
  const team = teamSideFrom(facts.channelAccounts, facts.observations);
  const kind = team.account ? 'team' : (facts.mailbox?.kind ?? 'personal');
  const personal = personalSideFrom(facts.observations);
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
