import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/**
 * The sandbox's RS256 signing key for id and access tokens, made once per process (2048-bit RSA
 * takes a few ms). Clients verify with the JWKS at /{tenant}/discovery/v2.0/keys.
 */

interface SigningKey { kid: string; privateKey: KeyObject; publicJwk: JsonWebKey }

let key: SigningKey | undefined;

function signingKey(): SigningKey {
  if (key) return key;
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicJwk = pair.publicKey.export({ format: 'jwk' });
  // Entra's kid is the certificate thumbprint; ours is a thumbprint of the public key.
  const kid = createHash('sha1').update(`${publicJwk.n}.${publicJwk.e}`).digest('base64url');
  key = { kid, privateKey: pair.privateKey, publicJwk };
  return key;
}

/** The JWKS document (the shape Entra publishes, minus the x5c certificate chain). */
export function jwks(issuer: string): { keys: Record<string, unknown>[] } {
  const { kid, publicJwk } = signingKey();
  return { keys: [{ kty: 'RSA', use: 'sig', kid, x5t: kid, n: publicJwk.n, e: publicJwk.e, alg: 'RS256', issuer }] };
}

/** A compact JWS (RS256) of the claims. */
export function signJwt(claims: Record<string, unknown>): string {
  const { kid, privateKey } = signingKey();
  const header = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}
