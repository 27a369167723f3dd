import { render, type ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { I18nProvider } from './i18n-context';
import { localeOf, useSettings } from './use-settings';
import './base.css';

function Localized({ App }: { App: ComponentType }) {
  const settings = useSettings();
  const locale = localeOf(settings);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Render nothing until settings load (a few ms from IndexedDB) so the UI never flashes English.
  if (!settings) return null;
  return (
    <I18nProvider locale={locale}>
      <App />
    </I18nProvider>
  );
}

/** Mounts an extension page's root component in the user's language. */
export function mountPage(App: ComponentType): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('extension page is missing its #app element');
  render(<Localized App={App} />, root);
}
