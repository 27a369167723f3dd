import { contract, type ContractEndpoint } from './contract';

/**
 * Matches a request against the contract's endpoint paths. A trailing slash is optional on both
 * sides (HubSpot's SDKs call `/settings/v3/users/`, others `/settings/v3/users`), and a literal
 * segment beats a `{param}` (so `/settings/v3/users/roles` is not user "roles").
 */
export type RouteMatch =
  | { kind: 'match'; endpoint: ContractEndpoint; pathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

interface CompiledRoute {
  endpoint: ContractEndpoint;
  segments: string[];
  literalCount: number;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

const routes: CompiledRoute[] = contract.endpoints
  .map((endpoint) => {
    const segments = segmentsOf(endpoint.path);
    return { endpoint, segments, literalCount: segments.filter((s) => !s.startsWith('{')).length };
  })
  // Most literal segments first, so literals win over parameters.
  .sort((a, b) => b.literalCount - a.literalCount);

function matchSegments(route: CompiledRoute, actual: string[]): Record<string, string> | undefined {
  if (route.segments.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, expected] of route.segments.entries()) {
    const value = actual[index] ?? '';
    if (expected.startsWith('{') && expected.endsWith('}')) {
      params[expected.slice(1, -1)] = value;
    } else if (expected !== value) {
      return undefined;
    }
  }
  return params;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function matchRoute(method: string, pathname: string): RouteMatch {
  const actual = segmentsOf(pathname).map(decode);
  const allow = new Set<string>();
  let bestForPath: number | undefined;
  for (const route of routes) {
    const params = matchSegments(route, actual);
    if (!params) continue;
    // Only the most specific matching path counts: GET /users/roles must not allow PUT /users/{userId}.
    bestForPath ??= route.literalCount;
    if (route.literalCount !== bestForPath) continue;
    if (route.endpoint.method === method.toUpperCase()) return { kind: 'match', endpoint: route.endpoint, pathParams: params };
    allow.add(route.endpoint.method);
  }
  return allow.size > 0 ? { kind: 'method-not-allowed', allow: [...allow].sort() } : { kind: 'not-found' };
}
