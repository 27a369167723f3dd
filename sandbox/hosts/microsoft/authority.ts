import type { Scenario } from '../../core/scenario';
import { findTenant, tenantOfAddress, type Tenant } from './directory';
import { CONSUMER_TENANT_ID } from './ids';

/**
 * The {tenant} segment of login.microsoftonline.com/{tenant}/…: a tenant id or domain,
 * `common` (work and personal accounts), `organizations` (work only) or `consumers` (personal).
 */

export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';

export type Authority =
  | { kind: 'tenant'; segment: string; tenant: Tenant }
  | { kind: 'common' | 'organizations' | 'consumers'; segment: string };

export function resolveAuthority(scenario: Scenario, segment: string): Authority | undefined {
  const lower = segment.toLowerCase();
  if (lower === 'common' || lower === 'organizations') return { kind: lower, segment: lower };
  if (lower === 'consumers' || lower === CONSUMER_TENANT_ID) return { kind: 'consumers', segment: lower };
  const tenant = findTenant(scenario, lower);
  return tenant ? { kind: 'tenant', segment: lower, tenant } : undefined;
}

/** The tenant id an account signs in to: its Entra tenant, or the consumer tenant for MSAs. */
export function homeTenantId(scenario: Scenario, address: string): string {
  return tenantOfAddress(scenario, address)?.tenantId ?? CONSUMER_TENANT_ID;
}

/** Whether this authority lets the account sign in (AADSTS50020 / 50194 otherwise). */
export function authorityAccepts(scenario: Scenario, authority: Authority, address: string): boolean {
  const tenant = tenantOfAddress(scenario, address);
  switch (authority.kind) {
    case 'common': return true;
    case 'organizations': return tenant !== undefined;
    case 'consumers': return tenant === undefined;
    case 'tenant': return tenant?.tenantId === authority.tenant.tenantId;
  }
}

/** The v2.0 issuer; `{tenantid}` stays a placeholder for the multi-tenant authorities, as in Entra. */
export function issuerFor(authority: Authority): string {
  if (authority.kind === 'tenant') return `${LOGIN_ORIGIN}/${authority.tenant.tenantId}/v2.0`;
  if (authority.kind === 'consumers') return `${LOGIN_ORIGIN}/${CONSUMER_TENANT_ID}/v2.0`;
  return `${LOGIN_ORIGIN}/{tenantid}/v2.0`;
}

/** The OpenID Provider Metadata for the authority (what MSAL reads, §9). */
export function openIdConfiguration(authority: Authority): Record<string, unknown> {
  const base = `${LOGIN_ORIGIN}/${authority.segment}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: issuerFor(authority),
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: authority.kind === 'tenant' ? 'EU' : null,
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

/** Instance discovery (/common/discovery/instance), which MSAL may call for unknown clouds. */
export function instanceDiscovery(): Record<string, unknown> {
  return {
    tenant_discovery_endpoint: `${LOGIN_ORIGIN}/{tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{
      preferred_network: 'login.microsoftonline.com',
      preferred_cache: 'login.windows.net',
      aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
    }],
  };
}
