import { LOCALES, type Locale } from '../../lib/i18n';
import { useI18n } from '../shared/i18n-context';

const NATIVE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', nl: 'Nederlands', sv: 'Svenska', pl: 'Polski' };

/** Language choice; "browser default" follows the browser's preferred languages. */
export function LanguageSetting({ choice, onChange, locked = false }: { choice: Locale | undefined; onChange: (locale: Locale | null) => void; locked?: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('options.language.heading')}</h2>
      <select
        aria-labelledby="language-heading"
        name="language"
        value={choice ?? ''}
        disabled={locked}
        aria-describedby={locked ? 'language-locked' : undefined}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          onChange(value === '' ? null : (value as Locale));
        }}
      >
        <option value="">{t('options.language.browser')}</option>
        {LOCALES.map((l) => <option key={l} value={l} lang={l}>{NATIVE_NAMES[l]}</option>)}
      </select>
      {locked && <p id="language-locked" class="muted" data-testid="locked-by-policy">{t('policy.locked')}</p>}
    </section>
  );
}
