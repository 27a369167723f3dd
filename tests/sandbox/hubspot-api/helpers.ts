import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import contractJson from '../../../sandbox/schema/hubspot-contract.json';
import scenarioSchema from '../../../sandbox/schema/scenario.schema.json';
import type { Scenario } from '../../../sandbox/core/scenario';
import { World } from '../../../sandbox/core/world';
import { hubspotApiHost } from '../../../sandbox/hosts/hubspot-api/index';
import fixture from './fixtures/scenario.json';

/**
 * Test harness: every call names a contract endpoint (method + path template), its request is
 * checked against the contract's parameters and requestBody, and its answer body against the
 * response schema for the status it got (or `default`). Validation is Ajv's, never hand-written.
 */
export interface Endpoint {
  method: string;
  path: string;
  scopesAnyOf: string[];
  parameters: { name: string; in: 'query' | 'path'; required: boolean; schema: object }[];
  requestBody: { $ref: string } | null;
  responses: Record<string, { $ref: string } | null>;
}

export const contract = contractJson as unknown as { endpoints: Endpoint[]; schemas: Record<string, unknown> };

const CONTRACT_ID = 'https://contract.test/hubspot-contract.json';
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ ...contract, $id: CONTRACT_ID });
ajv.addSchema(scenarioSchema);

const cache = new Map<string, ValidateFunction>();
export function schemaValidator(ref: string): ValidateFunction {
  let validate = cache.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: `${CONTRACT_ID}${ref}` });
    cache.set(ref, validate);
  }
  return validate;
}

export function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  const ok = validate(value);
  expect(ok, `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 800)}`).toBe(true);
}

/** A fresh copy of the fixture scenario (validated against the scenario schema), tweakable. */
export function testScenario(tweak?: (scenario: Scenario) => void): Scenario {
  const scenario = structuredClone(fixture) as Scenario;
  tweak?.(scenario);
  expectValid(ajv.getSchema(scenarioSchema.$id) as ValidateFunction, scenario, 'test scenario');
  return scenario;
}

export const newWorld = (tweak?: (scenario: Scenario) => void): World => new World(testScenario(tweak));

export function endpoint(method: string, path: string): Endpoint {
  const found = contract.endpoints.find((candidate) => candidate.method === method && candidate.path === path);
  if (!found) throw new Error(`No contract endpoint ${method} ${path}`);
  return found;
}

export interface CallOptions {
  params?: Record<string, unknown>;
  body?: unknown;
  /** Sent verbatim (malformed JSON); skips request-body validation. */
  rawBody?: string;
  /** Bearer token; null sends no Authorization header. Default: the all-scopes token. */
  token?: string | null;
  /** The request breaks the contract on purpose (to test a 400): skip request validation. */
  invalidRequest?: boolean;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // The body as parsed JSON; tests read fields after the schema has vouched for the shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

function validateRequest(target: Endpoint, options: CallOptions): void {
  const params = options.params ?? {};
  for (const name of Object.keys(params)) {
    expect(target.parameters.map((p) => p.name), `parameter ${name} of ${target.method} ${target.path}`).toContain(name);
  }
  for (const parameter of target.parameters) {
    if (!(parameter.name in params)) {
      expect(parameter.required, `required parameter ${parameter.name}`).toBe(false);
      continue;
    }
    expectValid(ajv.compile(parameter.schema), params[parameter.name], `parameter ${parameter.name}`);
  }
  if (target.requestBody) expectValid(schemaValidator(target.requestBody.$ref), options.body, 'request body');
  else expect(options.body, 'this endpoint takes no body').toBeUndefined();
}

/** The URL for a contract path template: path parameters substituted, the rest as query (arrays repeated). */
export function urlFor(target: Endpoint, params: Record<string, unknown> = {}): URL {
  const pathParams = new Set(target.parameters.filter((p) => p.in === 'path').map((p) => p.name));
  const path = target.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const url = new URL(`https://api.hubapi.com${path}`);
  for (const [name, value] of Object.entries(params)) {
    if (pathParams.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
  }
  return url;
}

export async function send(world: World, method: string, url: URL, options: CallOptions = {}): Promise<ApiAnswer> {
  const headers = new Headers();
  const token = options.token === undefined ? 'tok-full' : options.token;
  if (token !== null) headers.set('authorization', `Bearer ${token}`);
  let payload: string | undefined = options.rawBody;
  if (payload === undefined && options.body !== undefined) payload = JSON.stringify(options.body);
  if (payload !== undefined) headers.set('content-type', 'application/json');
  const response = await hubspotApiHost.handle(new Request(url, { method, headers, body: payload }), { world, url });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** Checks an answer against the contract: declared status (2xx must be declared) and its schema. */
export function expectContractAnswer(target: Endpoint, answer: ApiAnswer): void {
  const declared = target.responses[String(answer.status)];
  if (answer.status < 300) expect(Object.keys(target.responses), `${target.method} ${target.path} declares ${answer.status}`).toContain(String(answer.status));
  const schema = declared !== undefined ? declared : target.responses.default;
  if (schema === null || schema === undefined) {
    expect(answer.body, `${answer.status} has no body`).toBeUndefined();
    return;
  }
  expectValid(schemaValidator(schema.$ref), answer.body, `${target.method} ${target.path} → ${answer.status}`);
}

/** Calls a contract endpoint, validating the request and the answer against the contract. */
export async function api(world: World, method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const target = endpoint(method, path);
  if (!options.invalidRequest && options.rawBody === undefined) validateRequest(target, options);
  const answer = await send(world, method, urlFor(target, options.params), options);
  expectContractAnswer(target, answer);
  return answer;
}

/** Validates a body against the contract's Error schema (for answers outside any endpoint). */
export function expectErrorShape(body: unknown): void {
  expectValid(schemaValidator('#/schemas/Error'), body, 'Error');
}
