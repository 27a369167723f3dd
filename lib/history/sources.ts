/**
 * Which history sources speak about a mailbox, and what each one could tell: read (with how many
 * facts), read but silent, or not readable — and then exactly why (the scope, role or licence
 * missing, no admin signed in, no known HubSpot client id). A timeline never shows an empty
 * section: every source that applies says one of these.
 */
import type { HistorySourceId, HistorySourceStatus } from '../model';
import type { MailboxHistory } from './snapshot';
import { SHOWN_FAILED_RUNS } from './timeline';

/** `provider`: a mailbox whose provider keeps no log we can read (IMAP) or is not known yet. */
export type HistorySide = 'hubspot' | 'google' | 'microsoft' | 'provider' | 'inboxlink';

/** Every source a line can be about: the stored history sources plus the facts we always have. */
export type SourceName = HistorySourceId | 'hubspot-pages' | 'hubspot-api' | 'provider-grants' | 'own-sync';

export type SourceLineState =
  | 'read'
  | 'none-found'
  | 'needs-scope'
  | 'needs-role'
  | 'needs-licence'
  | 'no-client-id'
  | 'not-signed-in'
  | 'not-read-yet'
  | 'consumer-account'
  | 'no-provider-log';

export interface SourceLine {
  side: HistorySide;
  source: SourceName;
  state: SourceLineState;
  /** Facts this source gave about the mailbox. */
  count: number;
  /** The admin whose sign-in read it. */
  account?: string;
  scopes?: string[];
  role?: string;
  licence?: string;
  errorCode?: string;
  correlationId?: string;
  checkedAt?: string;
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);
const CONSUMER_GOOGLE = ['gmail.com', 'googlemail.com'];

/**
 * The admin source that covers an address: an admin of the same domain, else the admin whose
 * grants read listed the address (Entra tenants may span several domains).
 */
export function coveringSource(history: MailboxHistory, source: HistorySourceId): HistorySourceStatus | undefined {
  const candidates = history.sources.filter((status) => status.source === source);
  const sameDomain = candidates.find((status) => domainOf(status.account) === domainOf(history.address));
  if (sameDomain) return sameDomain;
  const readBy = history.facts.grants.map((grant) => grant.evidence.where ?? '');
  return candidates.find((status) => readBy.some((where) => where.includes(`(as ${status.account})`)));
}

function lineFor(side: HistorySide, source: SourceName, status: HistorySourceStatus | undefined, count: number, missing: SourceLineState): SourceLine {
  if (!status) return { side, source, state: missing, count };
  const state: SourceLineState = status.state === 'ok' ? (count > 0 ? 'read' : 'none-found') : status.state;
  return {
    side,
    source,
    state,
    count,
    ...(status.account !== 'hubspot' ? { account: status.account } : {}),
    ...(status.scopes?.length ? { scopes: status.scopes } : {}),
    ...(status.role ? { role: status.role } : {}),
    ...(status.licence ? { licence: status.licence } : {}),
    ...(status.errorCode ? { errorCode: status.errorCode } : {}),
    ...(status.correlationId ? { correlationId: status.correlationId } : {}),
    checkedAt: status.checkedAt,
  };
}

const countOf = (history: MailboxHistory, source: HistorySourceId): number => history.events.filter((event) => event.source === source).length;

function hubspotLines(history: MailboxHistory): SourceLine[] {
  const { facts } = history;
  const pages = facts.observations.filter((o) => o.kind === 'crm-personal-inbox' || o.kind === 'crm-team-channel').length;
  const api = facts.channelAccounts.length + facts.users.length;
  const activity = (['hubspot-audit-log', 'hubspot-logins', 'hubspot-security'] as const).map((source) =>
    lineFor('hubspot', source, history.sources.find((status) => status.source === source), countOf(history, source), 'not-read-yet'));
  return [
    { side: 'hubspot', source: 'hubspot-pages', state: pages > 0 ? 'read' : 'none-found', count: pages },
    { side: 'hubspot', source: 'hubspot-api', state: api > 0 ? 'read' : 'none-found', count: api },
    ...activity,
  ];
}

function providerLines(history: MailboxHistory): SourceLine[] {
  const grants = history.facts.grants.length + history.facts.observations.filter((o) => o.kind === 'provider-grant').length;
  const grantLine = (side: HistorySide): SourceLine => ({ side, source: 'provider-grants', state: grants > 0 ? 'read' : 'none-found', count: grants });
  switch (history.provider) {
    case 'google': {
      if (CONSUMER_GOOGLE.includes(domainOf(history.address))) return [grantLine('google'), { side: 'google', source: 'google-token-audit', state: 'consumer-account', count: 0 }];
      const status = coveringSource(history, 'google-token-audit');
      return [grantLine('google'), lineFor('google', 'google-token-audit', status, countOf(history, 'google-token-audit'), 'not-signed-in')];
    }
    case 'microsoft365': {
      const status = coveringSource(history, 'microsoft-sign-ins');
      return [grantLine('microsoft'), lineFor('microsoft', 'microsoft-sign-ins', status, countOf(history, 'microsoft-sign-ins'), 'not-signed-in')];
    }
    case 'outlook':
      return [grantLine('microsoft'), { side: 'microsoft', source: 'microsoft-sign-ins', state: 'consumer-account', count: 0 }];
    case 'imap':
      return [{ side: 'provider', source: 'provider-grants', state: 'no-provider-log', count: 0 }];
    default:
      return [grantLine('provider')];
  }
}

/** One line per source that applies to the mailbox, HubSpot first, the extension's own last. */
export function sourceLines(history: MailboxHistory): SourceLine[] {
  // As many as the timeline shows: the newest good pass and the newest failed ones.
  const runs = (history.runs.some((run) => run.errors.length === 0) ? 1 : 0) + Math.min(SHOWN_FAILED_RUNS, history.runs.filter((run) => run.errors.length > 0).length);
  return [
    ...hubspotLines(history),
    ...providerLines(history),
    { side: 'inboxlink', source: 'own-sync', state: runs > 0 ? 'read' : 'none-found', count: runs },
  ];
}
