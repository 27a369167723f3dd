import * as v from 'valibot';
import { buildQuery, type HttpClient } from '../http';
import type { Page } from '../paging';

/**
 * Graph sign-in logs (providers.md §12). v1.0 lists interactive sign-ins only; non-interactive
 * ones — a refresh token used by a service, which is how HubSpot's mail sync signs in — are only
 * in beta, through `signInEventTypes/any(t: t eq 'nonInteractiveUser')`. Beta is subject to
 * change: the product says so where it shows these. Needs AuditLog.Read.All (+ Directory.Read.All),
 * a role that may read sign-in logs and an Entra ID P1/P2 licence; Graph's 403 codes say which
 * is missing (map-error.ts keeps the code).
 */
export const SIGN_IN_SCOPES = ['AuditLog.Read.All', 'Directory.Read.All'];

export const SignInSchema = v.object({
  id: v.string(),
  createdDateTime: v.string(),
  userPrincipalName: v.nullish(v.string()),
  userId: v.nullish(v.string()),
  appId: v.string(),
  appDisplayName: v.nullish(v.string()),
  isInteractive: v.nullish(v.boolean()),
  status: v.nullish(v.object({ errorCode: v.number(), failureReason: v.nullish(v.string()) })),
});
export type SignIn = v.InferOutput<typeof SignInSchema>;

const SignInPageSchema = v.object({ value: v.array(SignInSchema), '@odata.nextLink': v.optional(v.string()) });

export interface SignInQuery {
  appId: string;
  /** Only sign-ins at or after this time (UTC). */
  since?: string;
  /** Non-interactive sign-ins (beta) instead of interactive ones (v1.0). */
  nonInteractive: boolean;
  /** The nextLink of the previous page: the whole URL is the cursor. */
  next?: string;
  signal?: AbortSignal;
}

/** OData `createdDateTime ge` wants a UTC literal without quotes or milliseconds. */
const odataTime = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function signInsUrl(query: Omit<SignInQuery, 'next' | 'signal'>): string {
  const clauses = [`appId eq '${query.appId.replace(/'/g, "''")}'`];
  if (query.since) clauses.push(`createdDateTime ge ${odataTime(query.since)}`);
  if (query.nonInteractive) clauses.push("signInEventTypes/any(t: t eq 'nonInteractiveUser')");
  const version = query.nonInteractive ? 'beta' : 'v1.0';
  return `https://graph.microsoft.com/${version}/auditLogs/signIns${buildQuery({ $filter: clauses.join(' and '), $top: 500 })}`;
}

export function signInCalls(http: HttpClient) {
  return {
    /** One page of HubSpot's app's sign-ins, newest first. */
    async signInsPage(query: SignInQuery): Promise<Page<SignIn>> {
      const page = await http.json({
        operation: 'signIns', method: 'GET', url: query.next ?? signInsUrl(query), requiredScopes: SIGN_IN_SCOPES,
        ...(query.signal ? { signal: query.signal } : {}),
      }, SignInPageSchema);
      const next = page['@odata.nextLink'];
      return next === undefined ? { results: page.value } : { results: page.value, nextAfter: next };
    },
  };
}
