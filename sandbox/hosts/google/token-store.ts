import { createHash, randomBytes } from 'node:crypto';
import type { World } from '../../core/world';

/**
 * Tokens and codes the sandbox's Google OAuth server issued. They live in world scratch space
 * ('google-tokens'): PUT /state forgets them, as a new world would.
 */

/** Google access tokens last an hour; its token endpoint answers expires_in 3599. */
export const ACCESS_TOKEN_SECONDS = 3599;
const CODE_SECONDS = 600;

export interface IssuedGoogleToken {
  value: string;
  kind: 'access' | 'refresh';
  email: string;
  clientId: string;
  scopes: string[];
  /** 'offline' when the grant carries a refresh token (tokeninfo's access_type). */
  accessType: 'online' | 'offline';
  /** Epoch ms on the sandbox clock; refresh tokens never expire. */
  expiresAt: number | null;
  revoked: boolean;
  /** Links a refresh token and the access tokens minted from it: revoking one revokes all (§1). */
  family: string;
}

export interface IssuedGoogleCode {
  code: string;
  email: string;
  clientId: string;
  scopes: string[];
  redirectUri: string;
  accessType: 'online' | 'offline';
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  expiresAt: number;
  used: boolean;
}

interface GoogleTokenStore {
  tokens: Map<string, IssuedGoogleToken>;
  codes: Map<string, IssuedGoogleCode>;
}

export function googleTokenStore(world: World): GoogleTokenStore {
  return world.scratch('google-tokens', () => ({ tokens: new Map(), codes: new Map() }));
}

const secret = (): string => randomBytes(24).toString('base64url');

export interface GrantRequest {
  email: string;
  clientId: string;
  scopes: string[];
  accessType?: 'online' | 'offline';
  family?: string;
}

/** Mints an access token (shaped like Google's `ya29.` tokens) for an account and client. */
export function issueGoogleAccessToken(world: World, grant: GrantRequest): IssuedGoogleToken {
  const token: IssuedGoogleToken = {
    value: `ya29.sandbox-${secret()}`,
    kind: 'access',
    email: grant.email,
    clientId: grant.clientId,
    scopes: [...grant.scopes],
    accessType: grant.accessType ?? 'online',
    expiresAt: world.now().getTime() + ACCESS_TOKEN_SECONDS * 1000,
    revoked: false,
    family: grant.family ?? secret(),
  };
  googleTokenStore(world).tokens.set(token.value, token);
  return token;
}

export function issueGoogleRefreshToken(world: World, grant: GrantRequest & { family: string }): IssuedGoogleToken {
  const token: IssuedGoogleToken = {
    value: `1//sandbox-${secret()}`,
    kind: 'refresh',
    email: grant.email,
    clientId: grant.clientId,
    scopes: [...grant.scopes],
    accessType: 'offline',
    expiresAt: null,
    revoked: false,
    family: grant.family,
  };
  googleTokenStore(world).tokens.set(token.value, token);
  return token;
}

export function issueGoogleCode(world: World, code: Omit<IssuedGoogleCode, 'code' | 'expiresAt' | 'used'>): IssuedGoogleCode {
  const issued: IssuedGoogleCode = { ...code, code: `4/sandbox-${secret()}`, expiresAt: world.now().getTime() + CODE_SECONDS * 1000, used: false };
  googleTokenStore(world).codes.set(issued.code, issued);
  return issued;
}

/** A token that is known, not revoked and (for access tokens) not expired on the sandbox clock. */
export function liveGoogleToken(world: World, value: string | undefined | null): IssuedGoogleToken | undefined {
  if (!value) return undefined;
  const token = googleTokenStore(world).tokens.get(value);
  if (!token || token.revoked) return undefined;
  if (token.expiresAt !== null && token.expiresAt <= world.now().getTime()) return undefined;
  return token;
}

/** Revokes the token and every token of its grant family; false when it was not live. */
export function revokeGoogleToken(world: World, value: string): boolean {
  const token = liveGoogleToken(world, value);
  if (!token) return false;
  for (const other of googleTokenStore(world).tokens.values()) {
    if (other.family === token.family) other.revoked = true;
  }
  return true;
}

/** Seconds left before an access token expires, never negative. */
export function secondsLeft(world: World, token: IssuedGoogleToken): number {
  if (token.expiresAt === null) return 0;
  return Math.max(0, Math.floor((token.expiresAt - world.now().getTime()) / 1000));
}

/** RFC 7636: BASE64URL(SHA256(verifier)) for S256, the verifier itself for plain. */
export function pkceMatches(code: IssuedGoogleCode, verifier: string | null): boolean {
  if (!code.codeChallenge) return true;
  if (!verifier) return false;
  const derived = code.codeChallengeMethod === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
  return derived === code.codeChallenge;
}
