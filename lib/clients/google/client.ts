import { BadRequestError, NotFoundError } from '../errors';
import { createHttpClient, type HttpClientOptions } from '../http';
import type { RetryOptions } from '../retry';
import { mapGoogleError } from './map-error';
import { createGoogleReportsCalls } from './reports';
import {
  DirectoryTokenListSchema, DirectoryTokenSchema, GmailProfileSchema, TokenInfoSchema,
  type DirectoryToken, type GmailProfile, type TokenInfo,
} from './schemas';

/**
 * Google: Admin SDK Directory `tokens` (Workspace admins: list and delete a user's grant to an
 * app), our own token's tokeninfo and revocation, and the Gmail profile of the signed-in account
 * (providers.md §1, §1b, §2, §5), and the Reports API's token audit (§11, ./reports.ts).
 */
export interface GoogleClientOptions {
  getToken: () => string | Promise<string>;
  fetch?: typeof fetch;
  retry?: Partial<Omit<RetryOptions, 'signal'>>;
}

export interface CallOptions { signal?: AbortSignal }

export const ADMIN_SECURITY_SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.security';
const GMAIL_SCOPES = ['https://www.googleapis.com/auth/gmail.metadata', 'https://www.googleapis.com/auth/gmail.readonly', 'https://mail.google.com/'];

export type DeleteOutcome = 'deleted' | 'already-gone';
export type RevokeOutcome = 'revoked' | 'already-revoked';

const signalOf = (call?: CallOptions) => (call?.signal ? { signal: call.signal } : {});
const tokenPath = (userKey: string, clientId?: string): string =>
  `/admin/directory/v1/users/${encodeURIComponent(userKey)}/tokens${clientId === undefined ? '' : `/${encodeURIComponent(clientId)}`}`;

/** RFC 6749/7009 "invalid_token": the token is unknown, expired or already revoked. */
const isInvalidToken = (error: unknown): boolean => error instanceof BadRequestError && error.code === 'invalid_token';

export function createGoogleClient(options: GoogleClientOptions) {
  const shared: Omit<HttpClientOptions, 'baseUrl'> = {
    service: 'google',
    getToken: options.getToken,
    mapError: mapGoogleError,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
  };
  const admin = createHttpClient({ ...shared, baseUrl: 'https://admin.googleapis.com' });
  const oauth = createHttpClient({ ...shared, baseUrl: 'https://oauth2.googleapis.com' });
  const gmail = createHttpClient({ ...shared, baseUrl: 'https://gmail.googleapis.com' });
  const adminScopes = [ADMIN_SECURITY_SCOPE];

  return {
    ...createGoogleReportsCalls({ getToken: options.getToken, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.retry ? { retry: options.retry } : {}) }),
    /** The apps a Workspace user granted access to. `userKey`: primary email, alias or id. */
    async listUserTokens(userKey: string, call?: CallOptions): Promise<DirectoryToken[]> {
      const list = await admin.json({ operation: 'listUserTokens', method: 'GET', path: tokenPath(userKey), requiredScopes: adminScopes, ...signalOf(call) }, DirectoryTokenListSchema);
      return list.items;
    },
    getUserToken(userKey: string, clientId: string, call?: CallOptions): Promise<DirectoryToken> {
      return admin.json({ operation: 'getUserToken', method: 'GET', path: tokenPath(userKey, clientId), requiredScopes: adminScopes, ...signalOf(call) }, DirectoryTokenSchema);
    },
    /**
     * Deletes every token the user issued to the app. Idempotent: 404 means there is no such
     * grant (deleted already) and answers 'already-gone'; a plan verifies with listUserTokens.
     */
    async deleteUserToken(userKey: string, clientId: string, call?: CallOptions): Promise<DeleteOutcome> {
      try {
        await admin.empty({ operation: 'deleteUserToken', method: 'DELETE', path: tokenPath(userKey, clientId), requiredScopes: adminScopes, ...signalOf(call) });
        return 'deleted';
      } catch (error) {
        if (error instanceof NotFoundError) return 'already-gone';
        throw error;
      }
    },
    /**
     * tokeninfo for an access token, sent in a POST form body so it stays out of URL logs.
     * Undefined when Google calls the token invalid (expired, revoked or unknown).
     */
    async tokenInfo(accessToken: string, call?: CallOptions): Promise<TokenInfo | undefined> {
      try {
        return await oauth.json({ operation: 'tokenInfo', method: 'POST', path: '/tokeninfo', form: { access_token: accessToken }, auth: false, secrets: [accessToken], ...signalOf(call) }, TokenInfoSchema);
      } catch (error) {
        if (isInvalidToken(error)) return undefined;
        throw error;
      }
    },
    /** Revokes a token we hold (never another app's). 400 invalid_token = already revoked. */
    async revokeToken(token: string, call?: CallOptions): Promise<RevokeOutcome> {
      try {
        await oauth.empty({ operation: 'revokeToken', method: 'POST', path: '/revoke', form: { token }, auth: false, secrets: [token], ...signalOf(call) });
        return 'revoked';
      } catch (error) {
        if (isInvalidToken(error)) return 'already-revoked';
        throw error;
      }
    },
    /** The signed-in account's address and mailbox counters. */
    gmailProfile(call?: CallOptions): Promise<GmailProfile> {
      return gmail.json({ operation: 'gmailProfile', method: 'GET', path: '/gmail/v1/users/me/profile', requiredScopes: GMAIL_SCOPES, ...signalOf(call) }, GmailProfileSchema);
    },
  };
}

export type GoogleClient = ReturnType<typeof createGoogleClient>;
