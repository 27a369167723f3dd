import { browser } from 'wxt/browser';
import { applyPolicyToSettings, readPolicy } from '../policy';
import { repo } from '../store/repo';
import { ensureSyncAlarms } from '../sync';

/**
 * Puts the organisation's policy into the stored settings (language, sync interval), so every page
 * and the sync alarm follow it, and re-creates the alarm with the locked interval. Runs at each
 * worker start and whenever managed storage changes.
 */
export async function enforcePolicy(): Promise<void> {
  const { policy } = await readPolicy();
  const settings = (await repo.getMeta('settings')) ?? {};
  const applied = applyPolicyToSettings(settings, policy);
  if (JSON.stringify(applied) !== JSON.stringify(settings)) await repo.setMeta('settings', applied);
  await ensureSyncAlarms();
}

/** Re-applies the policy when IT changes it while the browser runs. Registered synchronously at start. */
export function watchPolicy(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void enforcePolicy().catch((error: unknown) => console.warn('[inboxlink] policy:', error instanceof Error ? error.message : error));
  });
}
