import * as v from 'valibot';

/** The fields of Google's answers that Inboxlink reads (providers.md §1b, §2, §5). */

/** Google sends some numbers and booleans as strings (tokeninfo: exp, expires_in, email_verified). */
const numberLike = v.pipe(v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/))]), v.transform(Number));
const booleanLike = v.pipe(v.union([v.boolean(), v.picklist(['true', 'false'])]), v.transform((value) => value === true || value === 'true'));

/** Admin SDK Directory `Token`. Google's JSON omits empty and false fields, hence the defaults. */
export const DirectoryTokenSchema = v.object({
  clientId: v.string(),
  displayText: v.optional(v.string(), ''),
  scopes: v.optional(v.array(v.string()), []),
  userKey: v.optional(v.string()),
  anonymous: v.optional(v.boolean(), false),
  nativeApp: v.optional(v.boolean(), false),
});
export type DirectoryToken = v.InferOutput<typeof DirectoryTokenSchema>;

export const DirectoryTokenListSchema = v.object({ items: v.optional(v.array(DirectoryTokenSchema), []) });

/** tokeninfo for an access token, with the string-typed fields made numbers and booleans. */
export const TokenInfoSchema = v.pipe(
  v.object({
    aud: v.string(),
    azp: v.optional(v.string()),
    sub: v.optional(v.string()),
    scope: v.optional(v.string(), ''),
    exp: v.optional(numberLike),
    expires_in: numberLike,
    email: v.optional(v.string()),
    email_verified: v.optional(booleanLike),
    access_type: v.optional(v.string()),
  }),
  v.transform((info) => ({
    clientId: info.azp ?? info.aud,
    audience: info.aud,
    ...(info.sub === undefined ? {} : { subject: info.sub }),
    scopes: info.scope.split(/\s+/).filter(Boolean),
    expiresInSeconds: info.expires_in,
    ...(info.exp === undefined ? {} : { expiresAt: new Date(info.exp * 1000).toISOString() }),
    ...(info.email === undefined ? {} : { email: info.email }),
    ...(info.email_verified === undefined ? {} : { emailVerified: info.email_verified }),
    ...(info.access_type === undefined ? {} : { accessType: info.access_type }),
  })),
);
export type TokenInfo = v.InferOutput<typeof TokenInfoSchema>;

export const GmailProfileSchema = v.object({
  emailAddress: v.string(),
  messagesTotal: v.number(),
  threadsTotal: v.number(),
  historyId: v.string(),
});
export type GmailProfile = v.InferOutput<typeof GmailProfileSchema>;
