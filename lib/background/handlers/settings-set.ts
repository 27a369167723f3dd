import type { Handlers } from '../../messaging/router';
import { repo } from '../../store/repo';

export const settingsSet: NonNullable<Handlers['settings/set']> = async ({ locale }) => {
  const settings = { ...(await repo.getMeta('settings')) };
  if (locale === null) delete settings.locale;
  else if (locale !== undefined) settings.locale = locale;
  await repo.setMeta('settings', settings);
  return { saved: true };
};
