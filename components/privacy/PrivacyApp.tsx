import type { MessageKey } from '../../lib/i18n';
import { useI18n } from '../shared/i18n-context';

const SECTIONS = ['stored', 'duration', 'sent', 'control'] as const;

/** What Inboxlink stores, where, for how long, and what leaves the browser. Static: it reads and sends nothing. */
export function PrivacyApp() {
  const { t } = useI18n();
  return (
    <main data-testid="privacy" class="page">
      <h1>{t('privacy.title')}</h1>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} data-testid={`privacy-${section}`}>
          <h2 id={`privacy-${section}`}>{t(`privacy.${section}.heading` as MessageKey)}</h2>
          <p>{t(`privacy.${section}.body` as MessageKey)}</p>
        </section>
      ))}
    </main>
  );
}
