/**
 * A piece of evidence in the reader's words: the stored machine form (`crm:disabled@…:2026-…Z`,
 * see ./evidence.ts) becomes a sentence of the findings catalog with its values translated — a
 * state, a flag, a provider, a user's status — and its time written by Intl in the reader's
 * language and time zone. No English state code and no raw UTC timestamp lands in a German
 * sentence. Identifiers (a user id, an app's name, a host and path) are shown as they are.
 */
import type { MessageKey, Translate } from '../i18n';
import { formatDateTime } from '../i18n/dates';
import { formatElapsed } from '../i18n/relative-time';
import { parseEvidence, type EvidenceItem } from './evidence';

const DAY = 86_400_000;

/** A code → its catalog key, or the value itself where the catalog has no word for it. */
function word(t: Translate, keys: Readonly<Record<string, MessageKey>>, code: string | undefined): string {
  if (code === undefined) return '—';
  return Object.prototype.hasOwnProperty.call(keys, code) ? t(keys[code]!) : code;
}

const CRM_STATE: Readonly<Record<string, MessageKey>> = {
  connected: 'ui.crm.personal.connected',
  disabled: 'ui.crm.personal.disabled',
  removed: 'ui.crm.personal.removed',
  unknown: 'ui.crm.personal.unknown',
};
const PROVIDER: Readonly<Record<string, MessageKey>> = {
  google: 'provider.google',
  microsoft365: 'provider.microsoft365',
  outlook: 'provider.outlook',
  imap: 'provider.imap',
  unknown: 'provider.unknown',
};
const GRANT_STATE: Readonly<Record<string, MessageKey>> = { present: 'ui.grant.present', absent: 'ui.grant.absent', unknown: 'ui.grant.unknown' };
const SOURCE: Readonly<Record<string, MessageKey>> = {
  'admin-api': 'ui.source.admin-api',
  api: 'ui.source.api',
  observed: 'ui.source.observed',
  confirmed: 'ui.source.confirmed',
};
const USER_STATUS: Readonly<Record<string, MessageKey>> = { active: 'finding.user.active', deactivated: 'finding.user.deactivated', removed: 'finding.user.removed' };
/** A channel account's flags as stored (`active=true`, `gone`). */
const CHANNEL_FLAG: Readonly<Record<string, MessageKey>> = {
  'active=true': 'ui.crm.team.active',
  'active=false': 'ui.crm.team.inactive',
  'authorized=true': 'ui.crm.team.authorized',
  'authorized=false': 'ui.crm.team.unauthorized',
  'archived=true': 'ui.crm.team.archived',
  gone: 'ui.crm.team.gone',
};

function valueInWords(t: Translate, item: EvidenceItem): string {
  const [first, ...rest] = item.value;
  switch (item.type) {
    case 'crm':
      // A second value is HubSpot's own error text for the row, shown as HubSpot wrote it.
      return [word(t, CRM_STATE, first), ...rest].join(' · ');
    case 'channel':
      // `archived=false` says nothing worth reading.
      return [first ?? '—', ...rest.filter((flag) => flag !== 'archived=false').map((flag) => word(t, CHANNEL_FLAG, flag))].join(' · ');
    case 'grant': {
      const [state, app, source] = rest;
      return [word(t, PROVIDER, first), app ?? 'HubSpot', word(t, GRANT_STATE, state), word(t, SOURCE, source)].join(' · ');
    }
    case 'user':
      return `${first ?? '—'} (${word(t, USER_STATUS, rest[0])})`;
    default:
      return item.value.join(' · ');
  }
}

/** One stored evidence string as a sentence in `t`'s language; times in `timeZone` (default: the reader's). */
export function evidenceText(t: Translate, raw: string, timeZone?: string): string {
  const item = parseEvidence(raw);
  if (!item) return raw;
  if (item.type === 'age-days') {
    const days = Number(item.value[0]);
    return t('finding.evidence.age-days', { age: Number.isFinite(days) ? (formatElapsed(t.locale, days * DAY) ?? t('age.justNow')) : '—' });
  }
  return t(`finding.evidence.${item.type}`, {
    value: valueInWords(t, item),
    where: item.where ?? '—',
    at: formatDateTime(t.locale, item.at, timeZone),
  });
}
