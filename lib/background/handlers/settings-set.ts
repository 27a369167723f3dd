import type { Handlers } from '../../messaging/router';
import { lockedSettings, readPolicy } from '../../policy';
import { repo } from '../../store/repo';

/** Saves the user's settings; a language the organisation's policy fixes is not changed. */
export const settingsSet: NonNullable<Handlers['settings/set']> = async ({ locale }) => {
  if (locale !== undefined && lockedSettings((await readPolicy()).policy).locale) return { saved: false };
  const settings = { ...(await repo.getMeta('settings')) };
  if (locale === null) delete settings.locale;
  else if (locale !== undefined) settings.locale = locale;
  await repo.setMeta('settings', settings);
  return { saved: true };
};
