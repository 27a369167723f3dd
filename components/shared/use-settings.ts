import { useEffect, useState } from 'preact/hooks';
import { resolveLocale, type Locale } from '../../lib/i18n';
import { subscribe } from '../../lib/store/changes';
import type { UserSettings } from '../../lib/store/records';
import { repo } from '../../lib/store/repo';

/**
 * The user's settings, read straight from the extension's IndexedDB (no worker wake-up) and
 * re-read whenever the background changes them. `undefined` while loading.
 */
export function useSettings(): UserSettings | undefined {
  const [settings, setSettings] = useState<UserSettings | undefined>();
  useEffect(() => {
    const load = () => void repo.getMeta('settings').then((value) => setSettings(value ?? {}), () => setSettings({}));
    load();
    return subscribe(['meta'], load);
  }, []);
  return settings;
}

export function localeOf(settings: UserSettings | undefined): Locale {
  return resolveLocale(settings?.locale, navigator.languages);
}
