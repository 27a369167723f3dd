import * as v from 'valibot';
import { ForbiddenError, type ApiError } from '../errors';
import { createHttpClient, type HttpClientOptions, type HttpFailure } from '../http';
import { mapGoogleError } from './map-error';

/**
 * Admin SDK Reports API, OAuth token audit (providers.md §11): `activities.list` with
 * applicationName=token. Scope admin.reports.audit.readonly; the admin needs the Reports
 * privilege. Google answers an admin without that privilege with 401 "Access denied. You are not
 * authorized to read activity records." (reason authError) — the same status and reason as a bad
 * token, which would otherwise read as "sign in again". The token is valid in that case (the
 * Directory calls with it work), so this one message is mapped to ForbiddenError with code
 * `reports-privilege`: a missing role, not an expired sign-in.
 */
export const REPORTS_AUDIT_SCOPE = 'https://www.googleapis.com/auth/admin.reports.audit.readonly';
export const REPORTS_PRIVILEGE = 'reports-privilege';

const Parameter = v.object({
  name: v.string(),
  value: v.optional(v.string()),
  intValue: v.optional(v.union([v.string(), v.number()])),
  boolValue: v.optional(v.boolean()),
  multiValue: v.optional(v.array(v.string())),
});

export const TokenActivitySchema = v.object({
  id: v.object({ time: v.string(), uniqueQualifier: v.union([v.string(), v.number()]) }),
  actor: v.optional(v.object({ email: v.optional(v.string()), callerType: v.optional(v.string()) })),
  events: v.array(v.object({ name: v.string(), parameters: v.optional(v.array(Parameter), []) })),
});
export type TokenActivity = v.InferOutput<typeof TokenActivitySchema>;

const ActivitiesSchema = v.object({
  items: v.optional(v.array(TokenActivitySchema), []),
  nextPageToken: v.optional(v.string()),
});

export interface TokenActivityQuery {
  /** RFC 3339; the API keeps 180 days. */
  startTime?: string;
  /** One client id: Google's `filters` joins clauses with AND, so several ids need several calls. */
  clientId?: string;
  pageToken?: string;
  maxResults?: number;
  signal?: AbortSignal;
}

function mapReportsError(failure: HttpFailure): ApiError {
  const mapped = mapGoogleError(failure);
  if (failure.status === 401 && /not authorized to read activity records/i.test(mapped.message)) {
    return new ForbiddenError({ status: 401, service: 'google', message: mapped.message, code: REPORTS_PRIVILEGE });
  }
  return mapped;
}

export function createGoogleReportsCalls(options: Omit<HttpClientOptions, 'baseUrl' | 'mapError' | 'service'>) {
  const http = createHttpClient({ ...options, service: 'google', baseUrl: 'https://admin.googleapis.com', mapError: mapReportsError });
  return {
    /** One page of the domain's token events (all users), newest first. */
    async listTokenActivities(query: TokenActivityQuery = {}): Promise<{ items: TokenActivity[]; nextPageToken?: string }> {
      const answer = await http.json({
        operation: 'listTokenActivities', method: 'GET', path: '/admin/reports/v1/activity/users/all/applications/token',
        query: {
          startTime: query.startTime, maxResults: query.maxResults, pageToken: query.pageToken,
          filters: query.clientId === undefined ? undefined : `client_id==${query.clientId}`,
        },
        requiredScopes: [REPORTS_AUDIT_SCOPE],
        ...(query.signal ? { signal: query.signal } : {}),
      }, ActivitiesSchema);
      return answer.nextPageToken === undefined ? { items: answer.items } : { items: answer.items, nextPageToken: answer.nextPageToken };
    },
  };
}
