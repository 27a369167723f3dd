/**
 * Google's documented answer shapes (providers.md §1, §1b, §2, §5) as JSON Schema 2020-12, so
 * tests check the sandbox against the documentation, not against itself.
 */
import Ajv2020 from 'ajv/dist/2020';
import { expect } from 'vitest';

const nonEmpty = { type: 'string', minLength: 1 } as const;

/** §2 Token. */
export const tokenSchema = {
  type: 'object',
  required: ['kind', 'etag', 'clientId', 'scopes', 'userKey', 'anonymous', 'displayText', 'nativeApp'],
  additionalProperties: false,
  properties: {
    kind: { const: 'admin#directory#token' },
    etag: nonEmpty,
    clientId: nonEmpty,
    scopes: { type: 'array', items: { type: 'string' } },
    userKey: nonEmpty,
    anonymous: { type: 'boolean' },
    displayText: { type: 'string' },
    nativeApp: { type: 'boolean' },
  },
} as const;

/** §2 list: `{ kind: "admin#directory#tokenList", etag, items: Token[] }`. */
export const tokenListSchema = {
  type: 'object',
  required: ['kind', 'etag'],
  additionalProperties: false,
  properties: {
    kind: { const: 'admin#directory#tokenList' },
    etag: nonEmpty,
    items: { type: 'array', items: tokenSchema },
  },
} as const;

/** Google JSON API error `{error:{code, message, errors:[{message, domain, reason}], status}}`. */
export function googleErrorSchema(code: number, status: string, reason?: string) {
  return {
    type: 'object',
    required: ['error'],
    additionalProperties: false,
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'errors', 'status'],
        additionalProperties: false,
        properties: {
          code: { const: code },
          message: nonEmpty,
          status: { const: status },
          errors: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['message', 'domain', 'reason'],
              properties: {
                message: nonEmpty,
                domain: nonEmpty,
                reason: reason ? { const: reason } : nonEmpty,
                location: { type: 'string' },
                locationType: { type: 'string' },
              },
            },
          },
        },
      },
    },
  };
}

/** RFC 6749/7009 error body of the OAuth endpoints (§1, §1b). */
export function oauthErrorSchema(error: string, description?: string) {
  return {
    type: 'object',
    required: ['error', 'error_description'],
    additionalProperties: false,
    properties: { error: { const: error }, error_description: description ? { const: description } : { type: 'string' } },
  };
}

/** §1b access_token answer; exp, expires_in and email_verified are strings. */
export const tokeninfoSchema = {
  type: 'object',
  required: ['azp', 'aud', 'sub', 'scope', 'exp', 'expires_in', 'access_type'],
  dependentRequired: { email: ['email_verified'] },
  additionalProperties: false,
  properties: {
    azp: nonEmpty,
    aud: nonEmpty,
    sub: nonEmpty,
    scope: nonEmpty,
    exp: { type: 'string', pattern: '^[0-9]+$' },
    expires_in: { type: 'string', pattern: '^[0-9]+$' },
    email: { type: 'string', pattern: '@' },
    email_verified: { enum: ['true', 'false'] },
    access_type: { enum: ['online', 'offline'] },
  },
} as const;

/** §5 users.getProfile. */
export const gmailProfileSchema = {
  type: 'object',
  required: ['emailAddress', 'messagesTotal', 'threadsTotal', 'historyId'],
  additionalProperties: false,
  properties: {
    emailAddress: { type: 'string', pattern: '@' },
    messagesTotal: { type: 'integer', minimum: 0 },
    threadsTotal: { type: 'integer', minimum: 0 },
    historyId: { type: 'string', pattern: '^[0-9]+$' },
  },
} as const;

/** RFC 6749 §5.1 token endpoint answer as Google sends it. */
export const tokenResponseSchema = {
  type: 'object',
  required: ['access_token', 'expires_in', 'scope', 'token_type'],
  additionalProperties: false,
  properties: {
    access_token: nonEmpty,
    expires_in: { type: 'integer', minimum: 1 },
    refresh_token: nonEmpty,
    scope: nonEmpty,
    token_type: { const: 'Bearer' },
    id_token: nonEmpty,
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: true });

/** Asserts that `value` matches `schema`, printing ajv's errors when it does not. */
export function expectShape(value: unknown, schema: object): void {
  const validate = ajv.compile(schema);
  const ok = validate(value);
  expect(ok ? [] : validate.errors, JSON.stringify(value)).toEqual([]);
}
