import { useState } from 'preact/hooks';
import type { AuthStatus } from '../../lib/auth/status';
import { HUBSPOT_SCOPE_NEEDS } from '../../lib/auth/hubspot-scopes';
import { useI18n } from '../shared/i18n-context';
import { failureText, unexpectedFailureText } from './auth-messages';
import { ConfirmButton } from './ConfirmButton';
import { send } from './send';

const NEEDED = HUBSPOT_SCOPE_NEEDS.filter((need) => need.required).map((need) => need.anyOf[0]).join(', ');

/**
 * The HubSpot token form (contract used by the e2e suites: `input[name="hubspot-token"]`, its
 * form's submit button, then `[data-testid="hubspot-connected"]`), the connected portal, and
 * disconnecting after a confirmation.
 */
export function HubSpotSection({ status, onChange }: { status: AuthStatus['hubspot'] | undefined; onChange: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('hubspot-token') as HTMLInputElement;
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await send('auth/hubspot/connect', { token: input.value });
      if (result.ok) {
        input.value = '';
        onChange();
      }
      else setError(failureText(t, 'hubspot', result));
    } catch (e) {
      setError(unexpectedFailureText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const disconnect = async () => {
    setError(undefined);
    try {
      await send('auth/hubspot/disconnect', { confirmed: true });
      setNotice(t('options.hubspot.disconnected'));
      onChange();
    } catch (e) {
      setError(unexpectedFailureText(t, e));
    }
  };

  return (
    <section aria-labelledby="hubspot-heading">
      <h2 id="hubspot-heading">{t('options.hubspot.heading')}</h2>
      {status && (
        <div data-testid="hubspot-connected">
          <p role="status">{t('options.hubspot.connected')}</p>
          <dl>
            <dt>{t('options.hubspot.portal')}</dt>
            <dd data-testid="hubspot-portal">{status.portalId}</dd>
            {status.uiDomain && (<><dt>{t('options.hubspot.uiDomain')}</dt><dd>{status.uiDomain}</dd></>)}
            <dt>{t('options.hubspot.scopes')}</dt>
            <dd><ul data-testid="hubspot-scopes">{status.scopes.map((scope) => <li key={scope}><code>{scope}</code></li>)}</ul></dd>
          </dl>
          {status.missingOptional.length > 0 && <p class="muted">{t('options.hubspot.missingOptional', { scopes: status.missingOptional.join(', ') })}</p>}
          <ConfirmButton label={t('options.hubspot.disconnect')} question={t('options.hubspot.confirmDisconnect')} confirm={t('options.hubspot.confirmYes')} onConfirm={disconnect} />
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} aria-describedby="hubspot-intro">
        <p id="hubspot-intro" class="muted">{t('options.hubspot.intro', { scopes: NEEDED })}</p>
        <label for="hubspot-token">{status ? t('options.hubspot.replace') : t('options.hubspot.tokenLabel')}</label>{' '}
        <input id="hubspot-token" name="hubspot-token" type="password" autocomplete="off" spellcheck={false} required aria-invalid={error ? true : undefined} />{' '}
        <button type="submit" disabled={busy}>{t('options.hubspot.connect')}</button>
        {busy && <p role="status">{t('options.hubspot.checking')}</p>}
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
