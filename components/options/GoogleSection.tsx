import { useState } from 'preact/hooks';
import { GoogleSignInError, launchGoogleSignIn } from '../../lib/auth/google-flow';
import type { AuthStatus } from '../../lib/auth/status';
import { useI18n } from '../shared/i18n-context';
import { failureText, formatTime, unexpectedFailureText } from './auth-messages';
import { send } from './send';

/**
 * Google Workspace admin: the sign-in runs here (launchWebAuthFlow needs a page that stays while
 * the admin is on Google's screens); the background checks and keeps the token.
 */
export function GoogleSection({ accounts, onChange }: { accounts: AuthStatus['google']; onChange: () => void }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const signIn = async () => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const grant = await launchGoogleSignIn();
      const result = await send('auth/google/save', { accessToken: grant.accessToken });
      if (result.ok) onChange();
      else setError(failureText(t, 'google', result));
    } catch (e) {
      setError(e instanceof GoogleSignInError ? failureText(t, 'google', { reason: e.code }) : unexpectedFailureText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const signOut = async (account: string) => {
    setError(undefined);
    const result = await send('auth/google/sign-out', { account }).catch(() => undefined);
    if (result?.signedOut) setNotice(t(result.revoked ? 'options.google.signedOutRevoked' : 'options.google.signedOutNotRevoked'));
    onChange();
  };

  return (
    <section aria-labelledby="google-heading" data-testid="google-admin">
      <h2 id="google-heading">{t('options.google.heading')}</h2>
      <p class="muted">{t('options.google.intro')}</p>
      <ul>
        {accounts.map(({ account, expiresAt }) => (
          <li key={account} data-testid="google-signed-in">
            {t('auth.signedInAs', { account })}
            {expiresAt && <span class="muted"> · {t('auth.validUntil', { time: formatTime(expiresAt, locale) })}</span>}{' '}
            <button type="button" onClick={() => void signOut(account)}>{t('auth.signOut')}</button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void signIn()} disabled={busy}>{t('options.google.signIn')}</button>
      {busy && <p role="status">{t('auth.working')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
