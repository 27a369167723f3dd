import { useState } from 'preact/hooks';
import { createClient, protocol } from '../../lib/messaging';
import { useI18n } from '../shared/i18n-context';

const send = createClient(protocol);

/** Clears the local cache and tokens after an explicit confirmation (the audit log stays). */
export function ClearData() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const clear = async () => {
    if (!window.confirm(t('options.data.clear') + '?')) return;
    try {
      await send('data/clear', { confirmed: true });
      setDone(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options.data.heading')}</h2>
      <button type="button" onClick={() => void clear()}>{t('options.data.clear')}</button>
      {done && <p role="status">{t('options.data.cleared')}</p>}
      {error && <p class="error" role="alert">{t('error.generic', { message: error })}</p>}
    </section>
  );
}
