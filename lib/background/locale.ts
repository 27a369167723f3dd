import { resolveLocale, type Locale } from '../i18n';
import { repo } from '../store/repo';

/** The UI language the background speaks in (chip labels): the user's choice, else the browser's. */
export async function currentLocale(): Promise<Locale> {
  const settings = await repo.getMeta('settings');
  return resolveLocale(settings?.locale, globalThis.navigator?.languages ?? []);
}
