/**
 * A history in words, in the user's language: verdicts and their fixes, timeline entries with
 * their side and how we know them, and what each source could tell. Dates go through
 * Intl.DateTimeFormat in the translator's language and the user's time zone (the browser's, unless
 * given: reports and tests pin one). Shared by the side panel, the support page and the reports.
 */
import { isMessageKey, type MessageKey, type Params, type Translate } from '../i18n';
import { formatDay, formatDateTime } from './dates';
import type { SourceLine } from './sources';
import type { TimelineEntry } from './timeline';
import type { Verdict } from './verdict';

export interface PresentOptions {
  /** IANA time zone; the runtime's own when absent. */
  timeZone?: string;
  /** ISO "now": a date in another year than now carries its year. */
  now: string;
}

/** A key that exists, else the fallback (a record written by a newer version never crashes a view). */
function say(t: Translate, key: string, params: Params, fallback: MessageKey): string {
  return isMessageKey(key) ? t(key, params) : t(fallback, params);
}

/** AADSTS codes HubSpot's sign-ins fail with, in words; Microsoft's own text for the others. */
export function aadstsText(t: Translate, code: string, reason: string): string {
  const key = `history.aadsts.${code}`;
  if (isMessageKey(key)) return t(key);
  return reason ? t('history.aadsts.other', { reason }) : t('history.aadsts.unknown');
}

const securityTypeText = (t: Translate, type: string): string => {
  const key = `history.security.${type}`;
  return isMessageKey(key) ? t(key) : type;
};

export function verdictTitle(verdict: Verdict, t: Translate, options: PresentOptions): string {
  const dates = Object.fromEntries(Object.entries(verdict.dates).map(([name, iso]) => [name, formatDay(iso, t.locale, options)]));
  const params: Record<string, string | number> = { ...verdict.params, ...dates };
  if (verdict.code === 'microsoft-sign-ins-failing') params.reason = aadstsText(t, String(verdict.params.code ?? ''), String(verdict.params.reason ?? ''));
  const key = `history.verdict.${verdict.code}${verdict.variant ? `.${verdict.variant}` : ''}`;
  return say(t, key, params, 'history.verdict.unknown');
}

export function fixText(verdict: Verdict, t: Translate): string {
  if (verdict.fix.kind === 'plan') return t('history.fix.plan');
  if (verdict.fix.kind === 'reconnect') return t('history.fix.reconnect', { provider: t(`provider.${verdict.fix.provider}`) });
  return t('history.fix.none');
}

export function entryText(entry: TimelineEntry, t: Translate): string {
  const params: Record<string, string | number> = { ...entry.params };
  if (entry.kind === 'microsoft-sign-in-failed') params.reason = aadstsText(t, String(entry.params.code ?? ''), String(entry.params.reason ?? ''));
  if (entry.kind.startsWith('hubspot-security')) params.type = securityTypeText(t, String(entry.params.type ?? ''));
  if (entry.kind === 'finding') {
    const title = `finding.${String(entry.params.code)}.title`;
    params.title = isMessageKey(title) ? t(title) : String(entry.params.code);
  }
  return say(t, `history.entry.${entry.kind}`, params, 'history.entry.unknown');
}

export const sideText = (side: TimelineEntry['side'], t: Translate): string => t(`history.side.${side}`);

export const howText = (entry: TimelineEntry, t: Translate): string => t(`history.how.${entry.how}`);

export function entryTime(entry: TimelineEntry, t: Translate, options: PresentOptions): string {
  return formatDateTime(entry.at, t.locale, options);
}

/** "Google token audit log: 4 facts", "Microsoft Entra sign-in log: needs …". */
export function sourceLineText(line: SourceLine, t: Translate): string {
  const name = t(`history.sourceName.${line.source}`);
  const side = line.side === 'microsoft' ? 'microsoft' : line.side === 'google' ? 'google' : 'hubspot';
  const params: Record<string, string | number> = {
    count: line.count,
    account: line.account ?? '',
    scopes: (line.scopes ?? []).join(', '),
    code: line.errorCode ?? '',
    role: line.role ? say(t, `history.role.${line.role}`, {}, 'history.role.admin') : '',
    licence: line.licence ? say(t, `history.licence.${line.licence}`, {}, 'history.licence.unknown') : '',
  };
  const specific = `history.sourceState.${line.state}.${side}`;
  const state = isMessageKey(specific) ? t(specific, params) : say(t, `history.sourceState.${line.state}`, params, 'history.sourceState.unknown');
  return t('history.sourceLine', { source: name, state });
}
