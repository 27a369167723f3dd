import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { createTranslator, isLocaleLoaded, type Locale, type MessageKey, type Params, type Translate } from '../../lib/i18n';
import { loadLocale } from '../../lib/i18n/load-locale';

interface I18n {
  locale: Locale;
  t: Translate;
}

// Outside a provider (never in the app): English, looked up when called, since a page registers
// its catalogs only after this module has run.
const I18nContext = createContext<I18n>({
  locale: 'en',
  t: Object.assign((key: MessageKey, params?: Params) => createTranslator('en')(key, params), { locale: 'en' as const }),
});

/**
 * The language to show: `wanted` once its catalog is loaded, until then the one shown before
 * (a live language change keeps the old strings for the moment the new chunk takes), and
 * nothing at all before any has loaded, so a page never flashes English.
 */
function useShownLocale(wanted: Locale): Locale | undefined {
  const [loaded, setLoaded] = useState<Locale | undefined>(() => (isLocaleLoaded(wanted) ? wanted : undefined));
  useEffect(() => {
    let current = true;
    loadLocale(wanted).then(
      () => current && setLoaded(wanted),
      (error: unknown) => console.error(`Inboxlink: the ${wanted} strings did not load`, error),
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  return isLocaleLoaded(wanted) ? wanted : loaded;
}

/** Provides `locale`'s translator to the tree, loading its catalog first if this page has not yet. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  const shown = useShownLocale(locale);
  const value = useMemo(() => (shown ? { locale: shown, t: createTranslator(shown) } : undefined), [shown]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
