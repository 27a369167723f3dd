import * as v from 'valibot';
import { POLICY_KEYS, type Policy, type PolicyKey, type PolicyReading } from './keys';

const isPolicyKey = (key: string): key is PolicyKey => Object.hasOwn(POLICY_KEYS, key);

/**
 * The organisation's managed storage as Inboxlink applies it. Pure. Each key is validated on its
 * own: a valid key applies even when another is wrong, and every key that does not apply is named
 * in `problems` (the options page shows them), so a typo in a policy file never fails silently
 * nor breaks the extension.
 */
export function parsePolicy(raw: unknown): PolicyReading {
  const policy: Policy = {};
  const problems: PolicyReading['problems'] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { policy, problems };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isPolicyKey(key)) {
      problems.push({ key, reason: 'unknown-key' });
      continue;
    }
    const result = v.safeParse(POLICY_KEYS[key], value);
    if (result.success) (policy as Record<string, unknown>)[key] = result.output;
    else problems.push({ key, reason: 'invalid' });
  }
  return { policy, problems };
}

/** Whether the organisation lets Inboxlink revoke a grant through an admin API (the default). */
export const apiRevokeAllowed = (policy: Policy): boolean => policy.allowApiRevoke !== false;

/** HubSpot's UI host of each region (the account details API names it as uiDomain). */
const REGION_UI_HOSTS = { na1: 'app.hubspot.com', eu1: 'app-eu1.hubspot.com' } as const;

/**
 * Whether a HubSpot account may be connected: its portal in the allowed list (when one is set) and
 * its UI host in the allowed region (when one is set; an account whose host is unknown is refused).
 */
export function hubspotAccountAllowed(policy: Policy, account: { portalId: number; uiDomain?: string }): boolean {
  if (policy.hubspotPortalIds && !policy.hubspotPortalIds.includes(account.portalId)) return false;
  if (policy.hubspotRegion && account.uiDomain?.toLowerCase() !== REGION_UI_HOSTS[policy.hubspotRegion]) return false;
  return true;
}
