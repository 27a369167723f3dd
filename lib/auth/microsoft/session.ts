import * as v from 'valibot';

/**
 * What the sign-in page hands to the background after MSAL signed the admin in or renewed the
 * token: enough for the background to call Graph and to renew without MSAL (refresh.ts).
 */
export const MicrosoftSessionSchema = v.object({
  account: v.pipe(v.string(), v.email(), v.maxLength(320)),
  accessToken: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
  refreshToken: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(20_000))),
  expiresAt: v.pipe(v.string(), v.isoTimestamp()),
  scopes: v.array(v.pipe(v.string(), v.maxLength(300))),
  /** The options page's sign-in attempt (attempts.ts): only then may a new credential be saved. */
  attempt: v.optional(v.pipe(v.string(), v.maxLength(64))),
});
export type MicrosoftSession = v.InferOutput<typeof MicrosoftSessionSchema>;
