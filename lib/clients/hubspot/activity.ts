import * as v from 'valibot';
import type { HttpClient } from '../http';
import type { Page } from '../paging';

/**
 * HubSpot account activity (hubspot.md §10; Account Info › Audit Logs v3 in hubspot-contract.json):
 * the audit log, logins and security actions. All need `account-info.security.read`, which HubSpot
 * grants to Enterprise accounts; without it the answer is 403 MISSING_SCOPES (MissingScopeError).
 * Category, action and type values are open strings: shown as they come.
 */
export const ACTIVITY_SCOPE = 'account-info.security.read';

const NextPaging = v.optional(v.object({ next: v.optional(v.object({ after: v.string() })) }));

export const AuditLogEntrySchema = v.object({
  id: v.string(),
  occurredAt: v.string(),
  category: v.string(),
  subCategory: v.optional(v.string()),
  action: v.string(),
  targetObjectId: v.optional(v.string()),
  actingUser: v.object({ userId: v.number(), userEmail: v.optional(v.string()) }),
});
export type AuditLogEntry = v.InferOutput<typeof AuditLogEntrySchema>;

export const LoginAuditSchema = v.object({
  id: v.string(),
  loginAt: v.string(),
  userId: v.optional(v.number()),
  email: v.optional(v.string()),
  loginSucceeded: v.boolean(),
});
export type LoginAudit = v.InferOutput<typeof LoginAuditSchema>;

export const SecurityActionSchema = v.object({
  id: v.string(),
  createdAt: v.string(),
  type: v.string(),
  userId: v.number(),
  actingUser: v.optional(v.string()),
  objectId: v.optional(v.string()),
});
export type SecurityAction = v.InferOutput<typeof SecurityActionSchema>;

export interface ActivityQuery {
  after?: string;
  limit?: number;
  signal?: AbortSignal;
}

const paged = <S extends v.GenericSchema>(item: S) => v.object({ results: v.array(item), paging: NextPaging });

function toPage<T>(answer: { results: T[]; paging?: { next?: { after: string } | undefined } | undefined }): Page<T> {
  const after = answer.paging?.next?.after;
  return after === undefined ? { results: answer.results } : { results: answer.results, nextAfter: after };
}

export function activityCalls(http: HttpClient) {
  const scopes = [ACTIVITY_SCOPE];
  const signal = (query: ActivityQuery) => (query.signal ? { signal: query.signal } : {});
  return {
    /** Who changed what in the account, oldest first; `occurredAfter` narrows to new entries. */
    async listAuditLogs(query: ActivityQuery & { occurredAfter?: string } = {}): Promise<Page<AuditLogEntry>> {
      return toPage(await http.json({
        operation: 'listAuditLogs', method: 'GET', path: '/account-info/v3/activity/audit-logs',
        query: { after: query.after, limit: query.limit, occurredAfter: query.occurredAfter }, requiredScopes: scopes, ...signal(query),
      }, paged(AuditLogEntrySchema)));
    },
    async listLogins(query: ActivityQuery = {}): Promise<Page<LoginAudit>> {
      return toPage(await http.json({
        operation: 'listLogins', method: 'GET', path: '/account-info/v3/activity/login',
        query: { after: query.after, limit: query.limit }, requiredScopes: scopes, ...signal(query),
      }, paged(LoginAuditSchema)));
    },
    async listSecurityActions(query: ActivityQuery & { fromTimestamp?: number } = {}): Promise<Page<SecurityAction>> {
      return toPage(await http.json({
        operation: 'listSecurityActions', method: 'GET', path: '/account-info/v3/activity/security',
        query: { after: query.after, limit: query.limit, fromTimestamp: query.fromTimestamp }, requiredScopes: scopes, ...signal(query),
      }, paged(SecurityActionSchema)));
    },
  };
}
