import '../../history/settings';
import type { Handlers } from '../../messaging/router';
import { repo } from '../../store/repo';
import { checkHealth } from '../health-monitor';

/** Saves the alert's threshold (null: off) and checks at once, so a threshold already exceeded alerts now. */
export const healthAlertSet: NonNullable<Handlers['health/alert-set']> = async ({ percent }) => {
  const settings = { ...(await repo.getMeta('settings')) };
  if (percent === null) delete settings.healthAlertPercent;
  else settings.healthAlertPercent = percent;
  await repo.setMeta('settings', settings);
  const { alerted } = await checkHealth();
  return { saved: true, alerted };
};
