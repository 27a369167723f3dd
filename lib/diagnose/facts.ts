/**
 * Questions the rules ask about one address, answered with lib/status (the one place that decides
 * a link's status) so a finding never disagrees with the chip or the popup.
 */
import type { ChannelAccount, CrmUser, GrantProvider, MailProvider, Observation, PersonalCrmSide } from '../model';
import { grantStateFrom, personalSideFrom, tenantOfAddress, verdictOf, type MailboxVerdict } from '../status/mailbox-facts';
import { channelEvidence, crmEvidence, grantObservationEvidence, grantRecordEvidence } from './evidence';
import type { AddressFacts } from './snapshot';

/** Consumer domains name their provider (the same list the channel-accounts sync uses). */
const CONSUMER_DOMAINS: Readonly<Record<string, MailProvider>> = {
  'gmail.com': 'google',
  'googlemail.com': 'google',
  'outlook.com': 'outlook',
  'hotmail.com': 'outlook',
  'live.com': 'outlook',
  'msn.com': 'outlook',
};

const GRANT_PROVIDERS: readonly string[] = ['google', 'microsoft365', 'outlook'] satisfies GrantProvider[];

const newestFirst = <T>(items: readonly T[], at: (item: T) => string): T[] => [...items].sort((a, b) => at(b).localeCompare(at(a)));

/**
 * Answers several rules need about one address, computed once per facts object (one snapshot's;
 * facts are never changed once built). A WeakMap, so a snapshot's answers go with it.
 */
interface Derived {
  provider?: MailProvider;
  grant?: ReturnType<typeof grantStateFrom>;
  /** null: no Connected emails row speaks for it. */
  personal?: PersonalCrmSide | null;
  verdict?: MailboxVerdict;
}
const derivedByFacts = new WeakMap<AddressFacts, Derived>();

function derivedOf(facts: AddressFacts): Derived {
  let derived = derivedByFacts.get(facts);
  if (!derived) derivedByFacts.set(facts, (derived = {}));
  return derived;
}

/**
 * The mail provider, from the best source we have: the mailbox record, else a provider grant
 * (a grant at Google means a Google mailbox), else a provider consent page, else a consumer
 * domain. Personal inboxes seen only on HubSpot's page have no mailbox record, so without this an
 * IMAP or Google inbox would read as 'unknown'.
 */
export function providerOf(facts: AddressFacts): MailProvider {
  const known = facts.mailbox?.provider;
  if (known && known !== 'unknown') return known;
  // Most addresses of a big portal are users without any mailbox fact: no sort, no copy for them.
  if (facts.grants.length === 0 && facts.observations.length === 0) return consumerProvider(facts.address);
  const derived = derivedOf(facts);
  return (derived.provider ??= seenProvider(facts));
}

function seenProvider(facts: AddressFacts): MailProvider {
  // For a team channel only a grant that exists says how it connects: an admin API's "no grant"
  // for an address in its domain says nothing of an IMAP or forwarded channel, and the status list
  // (lib/status/summary.ts), which has no such guess, must tell the same story.
  const grants = facts.channelAccounts.length > 0 ? facts.grants.filter((g) => g.state === 'present') : facts.grants;
  const fromGrant = newestFirst(grants, (g) => g.evidence.at)[0]?.provider;
  if (fromGrant) return fromGrant;
  const observed = grantObservations(facts)[0]?.value.provider;
  if (typeof observed === 'string' && GRANT_PROVIDERS.includes(observed)) return observed as MailProvider;
  return consumerProvider(facts.address);
}

const CONSUMER_ENTRIES = Object.entries(CONSUMER_DOMAINS);

/**
 * The provider a consumer domain (what follows the last "@") names, compared in place: no
 * substring per address, and no lookup that could hit an Object.prototype key.
 */
function consumerProvider(address: string): MailProvider {
  for (const [domain, provider] of CONSUMER_ENTRIES) {
    const at = address.length - domain.length - 1;
    if (address.endsWith(domain) && (at === -1 || (at >= 0 && address.charCodeAt(at) === 64 /* @ */))) return provider;
  }
  return 'unknown';
}

/** lib/status's verdict, fed the resolved provider. */
export function verdictFor(facts: AddressFacts): MailboxVerdict {
  // Nothing seen on either side (most users of a big portal): what verdictOf would say, at once.
  if (facts.observations.length === 0 && facts.channelAccounts.length === 0 && facts.grants.length === 0) {
    return { status: 'unknown', kind: facts.mailbox?.kind ?? 'personal', checkedAt: null };
  }
  const derived = derivedOf(facts);
  return (derived.verdict ??= computeVerdict(facts));
}

function computeVerdict(facts: AddressFacts): MailboxVerdict {
  const mailbox = facts.mailbox ?? { address: facts.address, kind: 'personal' as const, provider: 'unknown' as const, firstSeenAt: '', updatedAt: '' };
  const inboxKnown = facts.mailbox !== undefined || facts.observations.some((o) => o.kind === 'crm-personal-inbox');
  return verdictOf({ mailbox: { ...mailbox, provider: providerOf(facts) }, observations: facts.observations, channelAccounts: facts.channelAccounts, grants: facts.grants, ...(inboxKnown ? { owner: ownerOf(facts) } : {}) });
}

/** The personal inbox's user: by the mailbox's user id, else the user with its address (the live one first). */
function ownerOf(facts: AddressFacts): CrmUser | undefined {
  const byId = facts.mailbox?.userId ? facts.users.find((user) => user.id === facts.mailbox?.userId) : undefined;
  return byId ?? facts.users.find((user) => user.status !== 'removed') ?? facts.users[0];
}

export function personalSide(facts: AddressFacts): PersonalCrmSide | undefined {
  // Nothing seen and no mailbox record: no personal side to speak of (most users of a big portal).
  if (facts.observations.length === 0 && facts.mailbox === undefined) return undefined;
  const derived = derivedOf(facts);
  if (derived.personal === undefined) {
    const inboxKnown = facts.mailbox !== undefined || facts.observations.some((o) => o.kind === 'crm-personal-inbox');
    derived.personal = personalSideFrom(facts.observations, { portalId: facts.mailbox?.portalId, owner: inboxKnown ? ownerOf(facts) : undefined }) ?? null;
  }
  return derived.personal ?? undefined;
}

const UNKNOWN_GRANT = { state: 'unknown' } as const;

/** The connecting provider's grant, as the status reads it (another provider's page says nothing). */
export function grantState(facts: AddressFacts): ReturnType<typeof grantStateFrom> {
  // Every rule asks this of every address; most have neither a grant nor a consent page seen.
  if (facts.grants.length === 0 && facts.observations.length === 0) return UNKNOWN_GRANT;
  const derived = derivedOf(facts);
  return (derived.grant ??= grantStateFrom(facts.grants, facts.observations, { provider: providerOf(facts), tenant: tenantOfAddress(facts.address) }));
}

/** Team channels HubSpot still has: neither archived nor missing from the last full sync. */
export function liveChannels(facts: AddressFacts): ChannelAccount[] {
  if (facts.channelAccounts.length === 0) return [];
  return facts.channelAccounts.filter((account) => !account.archived && !account.goneAt);
}

export function grantObservations(facts: AddressFacts): Observation[] {
  return newestFirst(
    facts.observations.filter((o) => o.kind === 'provider-grant' && typeof o.value.present === 'boolean'),
    (o) => o.observedAt,
  );
}

/** Every grant record and the newest consent-page observation, oldest first. */
export function grantEvidence(facts: AddressFacts): string[] {
  const records = [...facts.grants].sort((a, b) => a.evidence.at.localeCompare(b.evidence.at)).map(grantRecordEvidence);
  const observed = grantObservations(facts)[0];
  return observed ? [...records, grantObservationEvidence(observed)] : records;
}

/** The HubSpot user behind the address, preferring an active one over a stale removed record. */
export function hubspotUser(facts: AddressFacts): CrmUser | undefined {
  if (facts.users.length <= 1) return facts.users[0];
  const rank = (user: CrmUser) => (user.status === 'active' ? 2 : user.status === 'deactivated' ? 1 : 0);
  return [...facts.users].sort((a, b) => rank(b) - rank(a) || b.syncedAt.localeCompare(a.syncedAt))[0];
}

/** A deactivated or removed HubSpot user, unless an active user has the same address. */
export function departedUser(facts: AddressFacts): CrmUser | undefined {
  const user = hubspotUser(facts);
  return user && user.status !== 'active' ? user : undefined;
}

/** A personal inbox its owner's Connected emails page did not list, and no team channel: HubSpot has no inbox for it. */
export function notConnectedInHubSpot(facts: AddressFacts): boolean {
  return personalSide(facts)?.state === 'not-connected' && facts.channelAccounts.length === 0;
}

export function crmSideEvidence(facts: AddressFacts): string[] {
  const side = personalSide(facts);
  return [...(side ? [crmEvidence(side)] : []), ...facts.channelAccounts.map(channelEvidence)];
}

/** The plan that removes a grant at this provider; IMAP has none to remove (hand-off to IT). */
export function revokeFlowFor(provider: MailProvider): string | undefined {
  switch (provider) {
    case 'google':
      return 'revoke-google';
    case 'microsoft365':
      return 'revoke-microsoft';
    case 'outlook':
      return 'revoke-outlook';
    case 'imap':
      return 'imap-handoff';
    default:
      return undefined;
  }
}
