/**
 * Microsoft's documented shapes (providers.md §6, §7, §9, §10) as JSON Schema 2020-12.
 */
import Ajv2020 from 'ajv/dist/2020';
import { expect } from 'vitest';

const guid = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } as const;
const context = { type: 'string', pattern: '^https://graph\\.microsoft\\.com/v1\\.0/\\$metadata#' } as const;

/** §6 oAuth2PermissionGrant. */
export const grantSchema = {
  type: 'object',
  required: ['id', 'clientId', 'consentType', 'principalId', 'resourceId', 'scope'],
  additionalProperties: false,
  properties: {
    '@odata.context': context,
    id: { type: 'string', minLength: 1 },
    clientId: guid,
    consentType: { enum: ['AllPrincipals', 'Principal'] },
    principalId: { oneOf: [guid, { type: 'null' }] },
    resourceId: guid,
    scope: { type: 'string' },
  },
  if: { properties: { consentType: { const: 'AllPrincipals' } } },
  then: { properties: { principalId: { type: 'null' } } },
  else: { properties: { principalId: guid } },
} as const;

export function collectionSchema(item: object) {
  return { type: 'object', required: ['@odata.context', 'value'], additionalProperties: false, properties: { '@odata.context': context, value: { type: 'array', items: item } } };
}

/** §7 servicePrincipal: `id` (object id) and `appId` (application id) are different GUIDs. */
export const servicePrincipalSchema = {
  type: 'object',
  required: ['id', 'appId', 'displayName'],
  properties: { '@odata.context': context, id: guid, appId: guid, displayName: { type: 'string' } },
} as const;

/** Graph user, default property set. */
export const userSchema = {
  type: 'object',
  required: ['id', 'displayName', 'userPrincipalName', 'mail'],
  properties: {
    '@odata.context': context, id: guid, displayName: { type: 'string' }, userPrincipalName: { type: 'string', pattern: '@' },
    mail: { type: ['string', 'null'] }, givenName: { type: ['string', 'null'] }, surname: { type: ['string', 'null'] },
    businessPhones: { type: 'array' },
  },
} as const;

/** §10 `{error:{code, message, innerError:{'request-id', date}}}`. */
export function graphErrorSchema(code: string) {
  return {
    type: 'object', required: ['error'], additionalProperties: false,
    properties: {
      error: {
        type: 'object', required: ['code', 'message', 'innerError'],
        properties: {
          code: { const: code }, message: { type: 'string', minLength: 1 },
          innerError: { type: 'object', required: ['request-id', 'date'], properties: { 'request-id': { type: 'string' }, date: { type: 'string' } } },
        },
      },
    },
  };
}

/** §10 throttling body, verbatim structure. */
export const tooManyRequestsSchema = {
  type: 'object', required: ['error'], additionalProperties: false,
  properties: {
    error: {
      type: 'object', required: ['code', 'innerError', 'message'], additionalProperties: false,
      properties: {
        code: { const: 'TooManyRequests' },
        message: { const: 'Please retry again later.' },
        innerError: {
          type: 'object', required: ['code', 'date', 'message', 'request-id', 'status'], additionalProperties: false,
          properties: { code: { const: '429' }, date: { type: 'string' }, message: { const: 'Please retry after' }, 'request-id': { type: 'string' }, status: { const: '429' } },
        },
      },
    },
  },
} as const;

/** §9: msal-common isOpenIdConfigResponse needs these four; logout needs end_session_endpoint. */
export const openIdConfigurationSchema = {
  type: 'object',
  required: ['authorization_endpoint', 'token_endpoint', 'issuer', 'jwks_uri', 'end_session_endpoint'],
  properties: {
    authorization_endpoint: { type: 'string', pattern: '^https://' },
    token_endpoint: { type: 'string', pattern: '^https://' },
    issuer: { type: 'string', pattern: '^https://' },
    jwks_uri: { type: 'string', pattern: '^https://' },
    end_session_endpoint: { type: 'string', pattern: '^https://' },
  },
} as const;

/** Token endpoint success as MSAL's ServerAuthorizationTokenResponse reads it. */
export const tokenResponseSchema = {
  type: 'object',
  required: ['token_type', 'scope', 'expires_in', 'access_token', 'client_info'],
  properties: {
    token_type: { const: 'Bearer' }, scope: { type: 'string' }, expires_in: { type: 'integer', minimum: 1 },
    ext_expires_in: { type: 'integer' }, access_token: { type: 'string', minLength: 1 }, refresh_token: { type: 'string' },
    id_token: { type: 'string', pattern: '^[^.]+\\.[^.]+\\.[^.]+$' }, client_info: { type: 'string', minLength: 1 },
  },
} as const;

/** id_token claims the task requires (v2.0 tokens). */
export const idTokenClaimsSchema = {
  type: 'object',
  required: ['iss', 'aud', 'sub', 'oid', 'tid', 'preferred_username', 'name', 'iat', 'exp', 'ver'],
  properties: { ver: { const: '2.0' }, oid: guid, tid: guid, iat: { type: 'integer' }, exp: { type: 'integer' }, nonce: { type: 'string' } },
} as const;

/** RFC 6749 error with AAD's extras (error_codes). */
export function aadErrorSchema(error: string) {
  return {
    type: 'object', required: ['error', 'error_description', 'error_codes', 'timestamp', 'trace_id', 'correlation_id'],
    properties: { error: { const: error }, error_codes: { type: 'array', items: { type: 'integer' }, minItems: 1 } },
  };
}

const ajv = new Ajv2020({ allErrors: true, strict: false });

export function expectShape(value: unknown, schema: object): void {
  const validate = ajv.compile(schema);
  const ok = validate(value);
  expect(ok ? [] : validate.errors, JSON.stringify(value)).toEqual([]);
}
