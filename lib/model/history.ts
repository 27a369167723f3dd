/**
 * A connection's history: what Google, Microsoft and HubSpot logged about HubSpot's access to a
 * mailbox (token audit events, sign-ins, account activity), where each source stands (readable,
 * or missing a scope, a role or a licence), and the extension's own sync runs. Types only.
 */

/** Where an event was read. One sync job per source (lib/sync/jobs/*). */
export type HistorySourceId =
  /** Google Admin SDK Reports API, applicationName=token (providers.md §11). */
  | 'google-token-audit'
  /** Microsoft Graph auditLogs/signIns, v1.0 interactive and beta non-interactive (providers.md §12). */
  | 'microsoft-sign-ins'
  /** HubSpot /account-info/v3/activity/audit-logs (hubspot.md §10). */
  | 'hubspot-audit-log'
  /** HubSpot /account-info/v3/activity/login. */
  | 'hubspot-logins'
  /** HubSpot /account-info/v3/activity/security. */
  | 'hubspot-security';

export const HISTORY_SOURCES: readonly HistorySourceId[] = ['google-token-audit', 'microsoft-sign-ins', 'hubspot-audit-log', 'hubspot-logins', 'hubspot-security'];

export type HistoryEventKind =
  /** Google: the user granted HubSpot's client access. */
  | 'authorize'
  /** Google: the grant was removed (by the user or an admin). */
  | 'revoke'
  /** Google: HubSpot called an API with the user's token (the last real use). */
  | 'activity'
  /** Microsoft: HubSpot's app signed in for the user (or tried). */
  | 'sign-in'
  /** HubSpot: an account audit-log entry about the user. */
  | 'audit'
  /** HubSpot: the user logged in to HubSpot (or failed to). */
  | 'login'
  /** HubSpot: a security-relevant action (deactivation, removal, password change…). */
  | 'security';

export interface HistoryEvent {
  /** `${source}:${the source's own id}`: a re-read page replaces rather than duplicates. */
  id: string;
  source: HistorySourceId;
  /** Lower-case address the event is about (the user whose token or account it is). */
  address: string;
  /** ISO time of the event, as the provider logged it. */
  at: string;
  kind: HistoryEventKind;
  /** Google client id or Entra appId the event belongs to (HubSpot's, for provider events). */
  client?: string;
  /** The app's display name as the provider logged it (shown, never used to match). */
  app?: string;
  result: 'success' | 'failure' | 'info';
  /** Entra sign-in errorCode (e.g. "50173"); HubSpot security type; Google has none. */
  errorCode?: string;
  /** The provider's own words for a failure (Entra failureReason). */
  failureReason?: string;
  /** Who did it, when the log says and it is not the subject (an admin revoking, a HubSpot admin deactivating). */
  actor?: string;
  /** Small typed details: product_bucket, api_name, interactive, audit category/action. Never mail content. */
  detail?: Record<string, string | number | boolean>;
  /** The endpoint it was read from. */
  where: string;
  syncedAt: string;
}

/** Whether a source could be read, and if not, exactly what is missing. */
export type SourceState =
  | 'ok'
  /** The token lacks a scope (`scopes`). */
  | 'needs-scope'
  /** The signed-in admin lacks a role or privilege (`role`). */
  | 'needs-role'
  /** The tenant or account lacks a licence or edition (`licence`). */
  | 'needs-licence'
  /** HubSpot's app has no known client id / app id yet, so nothing can be asked for. */
  | 'no-client-id';

export interface HistorySourceStatus {
  /** `${source}:${account}`: one record per source and signed-in admin (or "hubspot"). */
  key: string;
  source: HistorySourceId;
  /** The admin address whose token read it, or "hubspot". */
  account: string;
  state: SourceState;
  scopes?: string[];
  role?: string;
  licence?: string;
  /** The provider's error code and request id, for support. */
  errorCode?: string;
  correlationId?: string;
  /** HubSpot's client ids / app ids the job asked about. */
  clients?: string[];
  /** When the source was last asked. */
  checkedAt: string;
  /** The time up to which events were read: the next pass asks from here (with an overlap). */
  readUntil?: string;
}

/** One sync problem of a pass, with what support asks for (HubSpot's correlationId, Graph's request id). */
export interface SyncRunError {
  job: string;
  kind: string;
  service?: string;
  status?: number;
  code?: string;
  correlationId?: string;
  message: string;
}

/** One sync pass of the extension, as it ended. */
export interface SyncRun {
  /** ISO start of the pass: the key. */
  startedAt: string;
  endedAt: string;
  state: string;
  errors: SyncRunError[];
}

/** How many mailboxes had each status on one day (the portal health chart). */
export interface StatusSnapshot {
  /** Local calendar day, YYYY-MM-DD: the key. */
  day: string;
  counts: Record<'linked' | 'broken' | 'half-unlinked' | 'not-linked' | 'unknown', number>;
  total: number;
  /** When the day's last count was taken. */
  at: string;
}
