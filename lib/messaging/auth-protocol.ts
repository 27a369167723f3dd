import * as v from 'valibot';
import { MicrosoftSessionSchema } from '../auth/microsoft/session';

/**
 * Messages of connecting and disconnecting HubSpot, Google and Microsoft (extension pages only).
 * Requests may carry a token to the background (from the options page or the Microsoft sign-in
 * page); replies never carry a token.
 */
const Account = v.pipe(v.string(), v.email(), v.maxLength(320));
const Token = v.pipe(v.string(), v.maxLength(20_000));

const Failure = <R extends string>(reasons: readonly [R, ...R[]]) =>
  v.object({ ok: v.literal(false), reason: v.picklist(reasons), detail: v.optional(v.string()) });

export const AuthStatusSchema = v.object({
  hubspot: v.nullable(v.object({
    portalId: v.number(),
    uiDomain: v.optional(v.string()),
    scopes: v.array(v.string()),
    missingOptional: v.array(v.string()),
    savedAt: v.string(),
  })),
  google: v.array(v.object({ account: v.string(), expiresAt: v.optional(v.string()) })),
  microsoft: v.array(v.object({ account: v.string(), expiresAt: v.optional(v.string()), renewable: v.boolean() })),
});

export const SYNC_INTERVAL_CHOICES = [5, 15, 30, 60, 120, 240] as const;

export const authProtocol = {
  /** Which connections exist (portal, scopes, signed-in admins, expiry). */
  'auth/status': { senders: ['extension'], request: v.object({}), response: AuthStatusSchema },
  /** Checks a HubSpot service key / private-app token and saves it only if it will work. */
  'auth/hubspot/connect': {
    senders: ['extension'],
    request: v.object({ token: Token }),
    response: v.variant('ok', [
      v.object({
        ok: v.literal(true), portalId: v.number(), uiDomain: v.optional(v.string()), scopes: v.array(v.string()),
        missingOptional: v.array(v.string()), scopeSource: v.picklist(['introspection', 'probe']),
      }),
      v.object({
        ok: v.literal(false), reason: v.picklist(['empty', 'unrecognised', 'expired', 'missing-scopes', 'not-allowed', 'offline', 'failed']),
        missingScopes: v.optional(v.array(v.string())), detail: v.optional(v.string()),
      }),
    ]),
  },
  /** Destructive (drops the token and the HubSpot data): the UI confirms first. */
  'auth/hubspot/disconnect': { senders: ['extension'], request: v.object({ confirmed: v.literal(true) }), response: v.object({ disconnected: v.boolean() }) },
  /** The page ran launchWebAuthFlow; the background checks the token with tokeninfo and keeps it. */
  'auth/google/save': {
    senders: ['extension'],
    request: v.object({ accessToken: Token }),
    response: v.variant('ok', [
      v.object({ ok: v.literal(true), account: v.string(), expiresAt: v.optional(v.string()), scopes: v.array(v.string()) }),
      Failure(['invalid-token', 'wrong-client', 'missing-scope', 'no-email', 'offline', 'failed']),
    ]),
  },
  'auth/google/sign-out': { senders: ['extension'], request: v.object({ account: Account }), response: v.object({ signedOut: v.boolean(), revoked: v.boolean() }) },
  /** The options page starts a sign-in: the attempt its sign-in page saves the new credential with. */
  'auth/microsoft/begin': { senders: ['extension'], request: v.object({}), response: v.object({ attempt: v.string() }) },
  /**
   * The sign-in page ran MSAL; the background checks the token with Graph /me and keeps it: a new
   * credential only with a started attempt, otherwise only as a renewal of a stored one.
   */
  'auth/microsoft/save': {
    senders: ['extension'],
    request: MicrosoftSessionSchema,
    response: v.variant('ok', [
      v.object({ ok: v.literal(true), account: v.string(), expiresAt: v.string() }),
      Failure(['invalid-token', 'wrong-account', 'not-signed-in', 'offline', 'failed']),
    ]),
  },
  /**
   * Incremental consent for the destructive step: the write-scoped access token (no refresh
   * token), kept in storage.session for its lifetime while the admin is signed in.
   */
  'auth/microsoft/write-access': {
    senders: ['extension'],
    request: MicrosoftSessionSchema,
    response: v.variant('ok', [
      v.object({ ok: v.literal(true), account: v.string(), expiresAt: v.string() }),
      Failure(['not-signed-in', 'missing-scope', 'invalid-token', 'wrong-account', 'offline', 'failed']),
    ]),
  },
  /** Renews the Graph token with the stored refresh token (no MSAL in the worker). */
  'auth/microsoft/renew': {
    senders: ['extension'],
    request: v.object({ account: Account }),
    response: v.variant('ok', [
      v.object({ ok: v.literal(true), account: v.string(), expiresAt: v.string() }),
      Failure(['not-signed-in', 'sign-in-again', 'offline', 'failed']),
    ]),
  },
  'auth/microsoft/sign-out': { senders: ['extension'], request: v.object({ account: Account }), response: v.object({ signedOut: v.boolean() }) },
  /** Sync interval in minutes; the background re-creates the periodic alarm. */
  'options/sync-interval': {
    senders: ['extension'],
    request: v.object({ minutes: v.picklist(SYNC_INTERVAL_CHOICES) }),
    response: v.object({ saved: v.boolean() }),
  },
} as const;
