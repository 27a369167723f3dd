import { contract, contractValidator, type ContractEndpoint } from '../../sandbox/hosts/hubspot-api/contract';
import { readParams } from '../../sandbox/hosts/hubspot-api/params';
import type { Exchange } from './harness';

/**
 * Checks one HubSpot exchange against sandbox/schema/hubspot-contract.json with the sandbox's
 * own Ajv (contract.ts): the request's path, query parameters and JSON body, and the answer's
 * body against the schema declared for its status. Returns what is wrong, [] when all is well.
 */
function templateRegex(path: string): RegExp {
  const pattern = path.replace(/\/$/, '').replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, '(?<$1>[^/]+)');
  return new RegExp(`^${pattern}/?$`);
}

export function findEndpoint(method: string, pathname: string): { endpoint: ContractEndpoint; pathParams: Record<string, string> } | undefined {
  // Literal paths (…/users/roles) win over templates (…/users/{userId}).
  const candidates = contract.endpoints
    .filter((endpoint) => endpoint.method === method)
    .sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  for (const endpoint of candidates) {
    const match = templateRegex(endpoint.path).exec(pathname);
    if (match) {
      const pathParams = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, value]) => [k, decodeURIComponent(value)]));
      return { endpoint, pathParams };
    }
  }
  return undefined;
}

const errorsText = (validate: ReturnType<typeof contractValidator>): string =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`).join(', ');

export async function contractProblems(exchange: Exchange): Promise<string[]> {
  const { request, response } = exchange;
  const url = new URL(request.url);
  const found = findEndpoint(request.method, url.pathname);
  if (!found) return [`no contract endpoint for ${request.method} ${url.pathname}`];
  const { endpoint, pathParams } = found;
  const where = `${endpoint.method} ${endpoint.path}`;
  const problems: string[] = [];
  const declared = new Set(endpoint.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(url.searchParams.keys())) if (!declared.has(name)) problems.push(`${where}: undeclared query parameter ${name}`);
  const params = readParams(endpoint, url, pathParams);
  if (!params.ok) problems.push(`${where}: parameters ${params.errors.map((e) => e.message).join(', ')}`);
  const requestText = await request.clone().text();
  if (endpoint.requestBody) {
    const validate = contractValidator(endpoint.requestBody.$ref);
    if (!validate(JSON.parse(requestText || 'null'))) problems.push(`${where}: request body ${errorsText(validate)}`);
  } else if (requestText !== '') problems.push(`${where}: sends a body the contract does not take`);

  const status = String(response.status);
  if (response.status < 300 && !(status in endpoint.responses)) problems.push(`${where}: undeclared success status ${status}`);
  const schema = status in endpoint.responses ? endpoint.responses[status] : endpoint.responses.default;
  const text = await response.clone().text();
  if (schema === null || schema === undefined) {
    if (text !== '') problems.push(`${where}: ${status} should have no body`);
  } else {
    const validate = contractValidator(schema.$ref);
    if (!validate(JSON.parse(text))) problems.push(`${where} → ${status}: ${errorsText(validate)}`);
  }
  return problems;
}
