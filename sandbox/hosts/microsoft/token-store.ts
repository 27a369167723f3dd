import { randomBytes } from 'node:crypto';
import type { World } from '../../core/world';

/**
 * Codes and tokens the sandbox's Microsoft identity platform issued, in world scratch space
 * ('microsoft-tokens'): PUT /state forgets them.
 */

export const ACCESS_TOKEN_SECONDS = 3599;
const CODE_SECONDS = 600;

/** Who signed in, to which client, for what: what a code, access or refresh token stands for. */
export interface MicrosoftGrant {
  address: string;
  /** The user's home tenant id (the consumer tenant for personal accounts). */
  tenantId: string;
  objectId: string;
  clientId: string;
  /** Scopes exactly as requested, space-separated in answers. */
  scopes: string[];
}

export interface IssuedCode extends MicrosoftGrant {
  code: string;
  redirectUri: string;
  codeChallenge: string | null;
  nonce: string | null;
  expiresAt: number;
  used: boolean;
}

export interface IssuedToken extends MicrosoftGrant {
  value: string;
  kind: 'access' | 'refresh';
  expiresAt: number | null;
  revoked: boolean;
}

interface Store { codes: Map<string, IssuedCode>; tokens: Map<string, IssuedToken> }

export function microsoftTokenStore(world: World): Store {
  return world.scratch('microsoft-tokens', () => ({ codes: new Map(), tokens: new Map() }));
}

export function issueCode(world: World, grant: MicrosoftGrant, extra: Pick<IssuedCode, 'redirectUri' | 'codeChallenge' | 'nonce'>): IssuedCode {
  const code: IssuedCode = {
    ...grant, ...extra,
    code: `1.sandbox-${randomBytes(32).toString('base64url')}`,
    expiresAt: world.now().getTime() + CODE_SECONDS * 1000,
    used: false,
  };
  microsoftTokenStore(world).codes.set(code.code, code);
  return code;
}

export function rememberToken(world: World, token: IssuedToken): IssuedToken {
  microsoftTokenStore(world).tokens.set(token.value, token);
  return token;
}

export function newRefreshToken(world: World, grant: MicrosoftGrant): IssuedToken {
  return rememberToken(world, { ...grant, value: `1.sandbox-rt-${randomBytes(48).toString('base64url')}`, kind: 'refresh', expiresAt: null, revoked: false });
}

/** A known, unrevoked, unexpired token of the given kind. */
export function liveToken(world: World, value: string | null | undefined, kind: IssuedToken['kind']): IssuedToken | undefined {
  if (!value) return undefined;
  const token = microsoftTokenStore(world).tokens.get(value);
  if (!token || token.revoked || token.kind !== kind) return undefined;
  if (token.expiresAt !== null && token.expiresAt <= world.now().getTime()) return undefined;
  return token;
}
