import type { Handlers } from '../../../messaging/router';
import { lockedSettings, readPolicy } from '../../../policy';
import { repo } from '../../../store/repo';
import { ensureSyncAlarms } from '../../../sync';

/** Stores the interval and re-creates the periodic alarm with it; refused while a policy locks it. */
export const syncInterval: NonNullable<Handlers['options/sync-interval']> = async ({ minutes }) => {
  if (lockedSettings((await readPolicy()).policy).syncIntervalMinutes) return { saved: false };
  const settings = { ...(await repo.getMeta('settings')), syncIntervalMinutes: minutes };
  await repo.setMeta('settings', settings);
  await ensureSyncAlarms();
  return { saved: true };
};
