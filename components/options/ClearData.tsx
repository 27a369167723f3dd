import { useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n-context';
import { ConfirmButton } from './ConfirmButton';
import { send } from './send';

/** Clears the local cache and tokens after an explicit confirmation (the audit log stays). */
export function ClearData() {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const clear = async () => {
    setDone(false);
    setError(undefined);
    try {
      await send('data/clear', { confirmed: true });
      setDone(true);
    } catch (e) {
      setError(t('error.generic', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div>
      <ConfirmButton label={t('options.data.clear')} question={t('options.data.confirmClear')} confirm={t('options.data.confirmYes')} onConfirm={clear} />
      {done && <p role="status">{t('options.data.cleared')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
