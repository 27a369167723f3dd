import * as v from 'valibot';
import { LOCALES } from '../i18n';
import { SYNC_INTERVAL_CHOICES } from '../messaging/auth-protocol';

/**
 * What an organisation can set for Inboxlink through managed storage (Chrome and Edge policy,
 * Firefox's policies.json "3rdparty" section). public/managed-schema.json declares the same keys
 * for Chrome (tests/policy/managed-schema.test.ts keeps the two in step). Each key is checked on
 * its own: a bad value is ignored (and shown as ignored), never the whole policy.
 */
export const POLICY_KEYS = {
  /** HubSpot accounts (portal ids) a token may belong to; others are refused at connect. */
  hubspotPortalIds: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.minLength(1)),
  /** HubSpot's data centre: 'na1' (app.hubspot.com) or 'eu1' (app-eu1.hubspot.com). */
  hubspotRegion: v.picklist(['na1', 'eu1']),
  /** The background sync's interval, one of the options page's choices. */
  syncIntervalMinutes: v.picklist(SYNC_INTERVAL_CHOICES),
  /** The UI language for everyone. */
  language: v.picklist(LOCALES),
  /** false: guided unlinking only — no Google or Microsoft grant is revoked through an admin API. */
  allowApiRevoke: v.boolean(),
  /** The organisation's own Google OAuth client for the Workspace admin sign-in. */
  googleClientId: v.pipe(v.string(), v.regex(/^[\w.-]+\.apps\.googleusercontent\.com$/)),
  /** The organisation's own Entra app (client) id for the Microsoft admin sign-in. */
  microsoftClientId: v.pipe(v.string(), v.uuid()),
  /** The Entra tenant (id or verified domain) the Microsoft sign-in is limited to. */
  microsoftTenant: v.pipe(v.string(), v.regex(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(\.[a-z0-9-]+)+)$/i)),
} as const;

export type PolicyKey = keyof typeof POLICY_KEYS;
export type Policy = { -readonly [K in PolicyKey]?: v.InferOutput<(typeof POLICY_KEYS)[K]> };

export const POLICY_KEY_NAMES = Object.keys(POLICY_KEYS) as PolicyKey[];

/** A value the organisation set that Inboxlink ignores, and why. */
export interface PolicyProblem {
  key: string;
  reason: 'unknown-key' | 'invalid';
}

export interface PolicyReading {
  policy: Policy;
  problems: PolicyProblem[];
}
