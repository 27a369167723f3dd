import { resolveLocale, type Locale, type Translate } from '../i18n';
import { loadTranslator } from '../i18n/load-locale';
import { repo } from '../store/repo';

/** The UI language the background speaks in (chip labels): the user's choice, else the browser's. */
export async function currentLocale(): Promise<Locale> {
  const settings = await repo.getMeta('settings');
  return resolveLocale(settings?.locale, globalThis.navigator?.languages ?? []);
}

/** A translator into currentLocale(), its strings loaded from the package if the worker has not yet. */
export async function currentTranslator(): Promise<Translate> {
  return loadTranslator(await currentLocale());
}
