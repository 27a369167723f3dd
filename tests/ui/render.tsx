import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import type { Locale } from '../../lib/i18n';
import { I18nProvider } from '../../components/shared/i18n-context';

/** Renders a UI piece in the given language, as mountPage does. */
export function renderIn(ui: ComponentChildren, locale: Locale = 'en') {
  return render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
}
