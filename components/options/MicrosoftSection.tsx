import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MICROSOFT_SIGN_IN_PAGE } from '../../lib/auth/microsoft/config';
import type { AuthStatus } from '../../lib/auth/status';
import { useI18n } from '../shared/i18n-context';
import { failureText, formatTime, unexpectedFailureText } from './auth-messages';
import { send } from './send';

/** Microsoft Entra admin: sign-in in its own page (MSAL), renewal and sign-out through the background. */
export function MicrosoftSection({ accounts, onChange }: { accounts: AuthStatus['microsoft']; onChange: () => void }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const renew = async (account: string) => {
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await send('auth/microsoft/renew', { account });
      if (result.ok) setNotice(t('options.microsoft.renewed', { time: formatTime(result.expiresAt, locale) }));
      else setError(failureText(t, 'microsoft', result));
    } catch (e) {
      setError(unexpectedFailureText(t, e));
    }
    onChange();
  };

  /** The sign-in page may save a new credential only for this attempt (one use, half an hour). */
  const openSignIn = async () => {
    const { attempt } = await send('auth/microsoft/begin', {});
    await browser.tabs.create({ url: `${browser.runtime.getURL(MICROSOFT_SIGN_IN_PAGE)}?attempt=${encodeURIComponent(attempt)}` });
  };

  const signOut = async (account: string) => {
    setError(undefined);
    setNotice(undefined);
    await send('auth/microsoft/sign-out', { account }).catch(() => undefined);
    onChange();
  };

  return (
    <section aria-labelledby="microsoft-heading" data-testid="microsoft-admin">
      <h2 id="microsoft-heading">{t('options.microsoft.heading')}</h2>
      <p class="muted">{t('options.microsoft.intro')}</p>
      <ul>
        {accounts.map(({ account, expiresAt, renewable }) => (
          <li key={account} data-testid="microsoft-signed-in">
            {t('auth.signedInAs', { account })}
            {expiresAt && <span class="muted"> · {t('auth.validUntil', { time: formatTime(expiresAt, locale) })}</span>}{' '}
            {renewable && <button type="button" onClick={() => void renew(account)}>{t('options.microsoft.renew')}</button>}{' '}
            <button type="button" onClick={() => void signOut(account)}>{t('auth.signOut')}</button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void openSignIn()}>
        {t('options.microsoft.signIn')}
      </button>
      {error && <p class="error" role="alert">{error}</p>}
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
