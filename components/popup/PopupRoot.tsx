import { useEffect } from 'preact/hooks';
import { I18nProvider } from '../shared/i18n-context';
import { localeOf, useSettings } from '../shared/use-settings';
import { PopupApp } from './PopupApp';
import type { PopupStart } from './popup-start';

/**
 * The popup in the user's language, rendered with what readPopupStart already read: the first
 * paint carries the language (its strings already loaded) and the tab's status. Settings stay
 * live (the language can change in the options page while the popup is open; I18nProvider loads
 * the new strings before it switches); until the hook's own read, the start's apply.
 */
export function PopupRoot({ start }: { start: PopupStart }) {
  const locale = localeOf(useSettings() ?? start.settings);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nProvider locale={locale}>
      <PopupApp start={start} />
    </I18nProvider>
  );
}
