import type { UserSettings } from '../store/records';
import type { Policy } from './keys';

/** The user settings an organisation's policy fixes: the UI shows them locked, the background refuses changes. */
export function lockedSettings(policy: Policy): { locale: boolean; syncIntervalMinutes: boolean } {
  return { locale: policy.language !== undefined, syncIntervalMinutes: policy.syncIntervalMinutes !== undefined };
}

/**
 * The settings with the policy's values in place of the user's. Pure; the background stores the
 * result, so every page and the sync alarm read one truth. A key the policy no longer sets keeps
 * what it had (the user may change it again).
 */
export function applyPolicyToSettings(settings: UserSettings, policy: Policy): UserSettings {
  return {
    ...settings,
    ...(policy.language !== undefined ? { locale: policy.language } : {}),
    ...(policy.syncIntervalMinutes !== undefined ? { syncIntervalMinutes: policy.syncIntervalMinutes } : {}),
  };
}
