import { createHash } from 'node:crypto';

/**
 * Stable identifiers. Entra object ids are GUIDs; the sandbox derives them as RFC 4122 version-5
 * UUIDs (SHA-1 of a fixed namespace plus a name such as "user:ann@contoso.example"), so the same
 * scenario always yields the same ids and tests can compute them.
 */

/** The sandbox's own UUID namespace (a fixed random UUID). */
const NAMESPACE = Buffer.from('3f1c9d2ab6e84f0c9d7e5a4b8c2d1e0f', 'hex');

export function uuidV5(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Microsoft's own tenant, where its first-party apps (Microsoft Graph) are registered. */
export const MICROSOFT_SERVICES_TENANT = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A GUID's 16 bytes in Microsoft's mixed-endian layout (as System.Guid.ToByteArray). */
function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const bytes = Buffer.from(hex, 'hex');
  bytes.subarray(0, 4).reverse();
  bytes.subarray(4, 6).reverse();
  bytes.subarray(6, 8).reverse();
  return bytes;
}

/**
 * An oAuth2PermissionGrant id the way Entra builds them: base64url of the client, resource and
 * (for Principal grants) user GUID bytes — 43 characters for AllPrincipals, 64 for Principal.
 */
export function grantId(clientId: string, resourceId: string, principalId: string | null): string {
  const parts = [clientId, resourceId, ...(principalId ? [principalId] : [])].map(guidBytes);
  return Buffer.concat(parts).toString('base64url');
}

export const userObjectId = (address: string): string => uuidV5(`user:${address.trim().toLowerCase()}`);

/** Microsoft Graph's well-known application id (the same in every tenant). */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The tenant id Entra gives every personal Microsoft account (MSA). */
export const CONSUMER_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';
