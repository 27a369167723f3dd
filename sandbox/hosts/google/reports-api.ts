import type { SandboxContext } from '../../core/host';
import type { ProviderEvent, Scenario } from '../../core/scenario';
import { googleClientId, googleUserId } from './directory';
import { googleApiError, insufficientScopes, invalidCredentials } from './errors';
import { bearerToken, json } from './http';
import { domainOf, normalizeAddress, stableHex } from './people';
import { liveGoogleToken } from './token-store';

/**
 * Admin SDK Reports API, OAuth token audit (providers.md §11):
 * `GET /admin/reports/v1/activity/users/{userKey|all}/applications/token` with `eventName`,
 * `startTime`, `endTime`, `maxResults` (1–1000), `pageToken` and `filters` (`name==value` or
 * `name<>value`, comma-joined, all must hold). Answers are derived from scenario.providerEvents
 * (provider google) in the caller's Workspace domain, newest first, the last 180 days only.
 * Checks in order: bearer (401), scope admin.reports.audit.readonly (403 insufficientPermissions),
 * the caller's Reports privilege (`auditReaders`, else the Workspace admins): without it Google
 * answers 401 "Access denied. You are not authorized to read activity records." (reason authError),
 * the answer Microsoft Defender's and other connectors' docs quote for a non-admin account.
 */

export const REPORTS_AUDIT_SCOPE = 'https://www.googleapis.com/auth/admin.reports.audit.readonly';
const PATH = /^\/admin\/reports\/v1\/activity\/users\/([^/]+)\/applications\/([^/]+)\/?$/;
const RETENTION_DAYS = 180;
const MAX_RESULTS = 1000;
const EVENT_NAMES = ['authorize', 'revoke', 'activity'] as const;

type Parameter = { name: string; value?: string; intValue?: string; multiValue?: string[] };

interface Activity {
  kind: 'admin#reports#activity';
  id: { time: string; uniqueQualifier: string; applicationName: 'token'; customerId: string };
  etag: string;
  actor: { email: string; profileId: string; callerType: 'USER' };
  ownerDomain: string;
  events: { type: 'auth'; name: string; parameters: Parameter[] }[];
}

function notAuthorizedToRead(): Response {
  return googleApiError(401, 'Access denied. You are not authorized to read activity records.', { reason: 'authError', location: 'Authorization', locationType: 'header' });
}

function workspaceOf(scenario: Scenario, address: string) {
  return scenario.directories?.googleWorkspace?.find((w) => w.domain.toLowerCase() === domainOf(address));
}

function mayReadReports(scenario: Scenario, caller: string): boolean {
  const workspace = workspaceOf(scenario, caller);
  if (!workspace) return false;
  const readers = (workspace.auditReaders ?? workspace.admins ?? []).map(normalizeAddress);
  return readers.includes(normalizeAddress(caller));
}

function parametersOf(event: ProviderEvent): Parameter[] {
  const app = event.app ?? 'HubSpot';
  const common: Parameter[] = [
    { name: 'app_name', value: app },
    { name: 'client_id', value: event.client ?? googleClientId({ address: event.address, provider: 'google', app }) },
    { name: 'client_type', value: 'WEB' },
  ];
  if (event.kind !== 'activity') return [...common, { name: 'scope', multiValue: event.scopes ?? ['https://mail.google.com/'] }];
  return [
    ...common,
    { name: 'api_name', value: event.api ?? 'gmail' },
    { name: 'method_name', value: event.method ?? 'gmail.users.messages.list' },
    { name: 'num_response_bytes', intValue: '2048' },
    { name: 'product_bucket', value: event.product ?? 'GMAIL' },
  ];
}

function toActivity(event: ProviderEvent, index: number): Activity {
  const address = normalizeAddress(event.address);
  const body = {
    id: { time: new Date(event.at).toISOString(), uniqueQualifier: BigInt(`0x${stableHex(`token-event:${index}:${address}:${event.at}`).slice(0, 15)}`).toString(), applicationName: 'token' as const, customerId: `C0${stableHex(domainOf(address)).slice(0, 7)}` },
    actor: { email: address, profileId: googleUserId(address), callerType: 'USER' as const },
    ownerDomain: domainOf(address),
    events: [{ type: 'auth' as const, name: event.kind, parameters: parametersOf(event) }],
  };
  return { kind: 'admin#reports#activity', etag: `"${stableHex(JSON.stringify(body)).slice(0, 27)}"`, ...body };
}

/** `client_id==abc,product_bucket<>CALENDAR`: every clause must hold. Undefined when malformed. */
function parseFilters(filters: string | null): ((activity: Activity) => boolean) | undefined {
  if (!filters) return () => true;
  const clauses = filters.split(',').map((clause) => /^([a-z_]+)(==|<>)(.*)$/.exec(clause.trim()));
  if (clauses.some((clause) => !clause)) return undefined;
  return (activity) => clauses.every((clause) => {
    const [, name, op, value] = clause!;
    const parameter = activity.events[0]?.parameters.find((p) => p.name === name);
    const actual = parameter?.value ?? parameter?.intValue ?? parameter?.multiValue?.join(' ');
    return op === '==' ? actual === value : actual !== value;
  });
}

function parseTime(value: string | null): number | undefined | null {
  if (value === null) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}T/.test(value) ? null : time;
}

export function reportsRoute(request: Request, { world, url }: SandboxContext): Response {
  const match = PATH.exec(url.pathname);
  if (!match) return googleApiError(404, `Method not found: ${request.method} ${url.pathname}`, { reason: 'notFound' });
  if (request.method !== 'GET') return googleApiError(405, `Method ${request.method} not allowed on ${url.pathname}`, { reason: 'httpMethodNotAllowed' });
  const caller = liveGoogleToken(world, bearerToken(request));
  if (!caller) return invalidCredentials();
  if (!caller.scopes.includes(REPORTS_AUDIT_SCOPE)) return insufficientScopes();
  const scenario = world.scenario;
  if (!mayReadReports(scenario, caller.email)) return notAuthorizedToRead();

  const userKey = decodeURIComponent(match[1] ?? '').toLowerCase();
  const application = decodeURIComponent(match[2] ?? '');
  if (application !== 'token') return googleApiError(400, `Invalid value '${application}'. The sandbox serves applicationName=token only.`, { reason: 'invalid', location: 'applicationName', locationType: 'parameter' });
  const params = url.searchParams;
  const eventName = params.get('eventName');
  if (eventName !== null && !(EVENT_NAMES as readonly string[]).includes(eventName)) return googleApiError(400, `Invalid value '${eventName}' for eventName.`, { reason: 'invalid', location: 'eventName', locationType: 'parameter' });
  const start = parseTime(params.get('startTime'));
  const end = parseTime(params.get('endTime'));
  if (start === null || end === null) return googleApiError(400, 'Invalid value for startTime or endTime: RFC 3339 expected.', { reason: 'invalid' });
  if (start !== undefined && end !== undefined && start > end) return googleApiError(400, 'Start time must be less than or equal to the end time.', { reason: 'invalid' });
  const maxResults = params.get('maxResults') === null ? MAX_RESULTS : Number(params.get('maxResults'));
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS) return googleApiError(400, `Invalid value '${params.get('maxResults')}'. Values must be within the range: [1, 1000]`, { reason: 'invalid', location: 'maxResults', locationType: 'parameter' });
  const filter = parseFilters(params.get('filters'));
  if (!filter) return googleApiError(400, `Invalid value '${params.get('filters')}' for filters.`, { reason: 'invalid', location: 'filters', locationType: 'parameter' });

  const domain = domainOf(caller.email);
  const now = world.now().getTime();
  const oldest = now - RETENTION_DAYS * 86_400_000;
  const activities = (scenario.providerEvents ?? [])
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.provider === 'google' && domainOf(event.address) === domain)
    .filter(({ event }) => userKey === 'all' || normalizeAddress(event.address) === userKey || googleUserId(event.address) === userKey)
    .filter(({ event }) => eventName === null || event.kind === eventName)
    .filter(({ event }) => {
      const at = Date.parse(event.at);
      return at >= oldest && at <= now && (start === undefined || at >= start) && (end === undefined || at <= end);
    })
    .map(({ event, index }) => toActivity(event, index))
    .filter(filter)
    .sort((a, b) => b.id.time.localeCompare(a.id.time));

  const offset = params.get('pageToken') ? Number.parseInt(Buffer.from(params.get('pageToken') ?? '', 'base64url').toString(), 10) : 0;
  if (!Number.isInteger(offset) || offset < 0) return googleApiError(400, 'Invalid page token.', { reason: 'invalid', location: 'pageToken', locationType: 'parameter' });
  const page = activities.slice(offset, offset + maxResults);
  const next = offset + maxResults < activities.length ? Buffer.from(String(offset + maxResults)).toString('base64url') : undefined;
  // Google's JSON drops empty repeated fields: no `items` when nothing matched.
  return json(200, { kind: 'admin#reports#activities', etag: `"${stableHex(JSON.stringify(page)).slice(0, 27)}"`, ...(page.length ? { items: page } : {}), ...(next ? { nextPageToken: next } : {}) });
}
