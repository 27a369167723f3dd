/**
 * Evidence is stored as short machine-readable strings, `type:value[:value…]@where:at`, e.g.
 * `crm:disabled@app.hubspot.com/settings/4480123/user-preferences/email:2026-11-20T10:00:00.000Z`.
 * Values have `%`, `:`, `@` and spaces percent-encoded (so an error text or an address cannot break the format); `where` is the
 * page or endpoint and may hold anything but a trailing ISO time; `at` is when it was seen. The UI
 * and the support report parse them back and render them through i18n (`finding.evidence.<type>`).
 */
import type { ChannelAccount, CrmUser, Observation, PersonalCrmSide, ProviderGrant } from '../model';

export const EVIDENCE_TYPES = [
  'crm', 'channel', 'grant', 'user', 'signed-in', 'connected-under', 'age-days', 'partner-domain', 'domain-users', 'suggested-domain',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export interface EvidenceItem {
  type: EvidenceType;
  value: string[];
  where?: string;
  at?: string;
}

/** Escapes only what would break the format, so `active=true` stays readable. */
const encodePart = (part: string): string => part.replace(/[%:@\s]/g, (c) => encodeURIComponent(c));

export function formatEvidence({ type, value, where, at }: EvidenceItem): string {
  const head = [type, ...value.map(encodePart)].join(':');
  if (where === undefined && at === undefined) return head;
  return `${head}@${where ?? ''}${at ? `:${at}` : ''}`;
}

const PATTERN = /^([a-z-]+)((?::[^:@]*)*)(?:@(.*?)(?::(\d{4}-\d{2}-\d{2}T[\d:.]+Z))?)?$/;

/** The inverse of formatEvidence; undefined for a string not in the format. */
export function parseEvidence(text: string): EvidenceItem | undefined {
  const match = PATTERN.exec(text);
  const type = match?.[1];
  if (!match || !(EVIDENCE_TYPES as readonly string[]).includes(type ?? '')) return undefined;
  const value = (match[2] ?? '').split(':').slice(1).map((part) => decodeURIComponent(part));
  return {
    type: type as EvidenceType,
    value,
    ...(match[3] ? { where: match[3] } : {}),
    ...(match[4] ? { at: match[4] } : {}),
  };
}

const HUBSPOT_API = 'api.hubapi.com';

export function crmEvidence(side: PersonalCrmSide): string {
  return formatEvidence({ type: 'crm', value: side.error ? [side.state, side.error] : [side.state], where: side.evidence.where, at: side.evidence.at });
}

export function channelEvidence(account: ChannelAccount): string {
  const flags = [`active=${account.active}`, `authorized=${account.authorized}`, `archived=${account.archived}`];
  if (account.goneAt) flags.push('gone');
  return formatEvidence({
    type: 'channel',
    value: [account.id, ...flags],
    where: `${HUBSPOT_API}/conversations/v3/conversations/channel-accounts/${account.id}`,
    at: account.goneAt ?? account.syncedAt,
  });
}

export function grantRecordEvidence(grant: ProviderGrant): string {
  return formatEvidence({ type: 'grant', value: [grant.provider, grant.state, grant.app, grant.evidence.source], where: grant.evidence.where, at: grant.evidence.at });
}

export function grantObservationEvidence(observation: Observation): string {
  const present = observation.value.present === true ? 'present' : 'absent';
  const provider = typeof observation.value.provider === 'string' ? observation.value.provider : 'unknown';
  const app = typeof observation.value.app === 'string' ? observation.value.app : 'HubSpot';
  return formatEvidence({ type: 'grant', value: [provider, present, app, 'observed'], where: `${observation.host}${observation.path}`, at: observation.observedAt });
}

export function userEvidence(user: CrmUser): string {
  return formatEvidence({ type: 'user', value: [user.id, user.status], where: `${HUBSPOT_API}/settings/v3/users/${user.id}`, at: user.goneAt ?? user.syncedAt });
}

export function signedInEvidence(observation: Observation): string {
  return formatEvidence({ type: 'signed-in', value: [], where: `${observation.host}${observation.path}`, at: observation.observedAt });
}

export function connectedUnderEvidence(hubspotUser: string): string {
  return formatEvidence({ type: 'connected-under', value: [hubspotUser] });
}

export function ageEvidence(days: number): string {
  return formatEvidence({ type: 'age-days', value: [String(days)] });
}

/** The employee domain the Automation page showed ("" for an empty field), where and when. */
export function partnerDomainEvidence(domain: string | null, where: string, at: string): string {
  return formatEvidence({ type: 'partner-domain', value: [domain ?? ''], where, at });
}

/** Active users per domain, most used first ("kancelaria.pl=5"). */
export function domainUsersEvidence(counts: readonly { domain: string; users: number }[]): string {
  return formatEvidence({ type: 'domain-users', value: counts.map((c) => `${c.domain}=${c.users}`) });
}

export function suggestedDomainEvidence(domain: string): string {
  return formatEvidence({ type: 'suggested-domain', value: [domain] });
}
