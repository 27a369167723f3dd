import type { Handlers } from '../../../messaging/router';
import { repo } from '../../../store/repo';
import { ensureSyncAlarms } from '../../../sync';

/** Stores the interval and re-creates the periodic alarm with it. */
export const syncInterval: NonNullable<Handlers['options/sync-interval']> = async ({ minutes }) => {
  const settings = { ...(await repo.getMeta('settings')), syncIntervalMinutes: minutes };
  await repo.setMeta('settings', settings);
  await ensureSyncAlarms();
  return { saved: true };
};
