import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MicrosoftSession } from '../../lib/auth/microsoft/session';
import { createMicrosoftSignIn, type MicrosoftSignIn } from '../../lib/auth/microsoft/sign-in';
import { identityConfig } from '../../lib/policy/identity';
import { readPolicy } from '../../lib/policy/read';
import { useI18n } from '../shared/i18n-context';
import { failureText, formatTime, unexpectedFailureText } from './auth-messages';
import { send } from './send';

type State =
  | { step: 'working' }
  | { step: 'done'; account: string; expiresAt: string; renewed: boolean }
  | { step: 'write-granted'; account: string }
  | { step: 'failed'; error: string };

/** What the page was opened for: a sign-in the options page started, or write access for a plan's step. */
function purposeOf(search: string): { attempt?: string; write?: string } {
  const params = new URLSearchParams(search);
  const attempt = params.get('attempt') ?? undefined;
  const write = params.get('write') ?? undefined;
  return { ...(attempt ? { attempt } : {}), ...(write ? { write } : {}) };
}

/**
 * The Microsoft admin sign-in page: MSAL runs here (never in the worker), signs in through
 * launchWebAuthFlow as soon as the page opens, and hands the tokens to the background (a new
 * credential only with the attempt the options page started). While the page is open, "Renew"
 * proves silent renewal with MSAL's acquireTokenSilent. Opened with `?write=<admin>` by a plan's
 * destructive step, it asks for the write permission only (incremental consent), hands the
 * access token (never a refresh token) to the background and closes.
 */
export function MicrosoftSignInApp() {
  const { t, locale } = useI18n();
  const [state, setState] = useState<State>({ step: 'working' });
  const msal = useRef<Promise<MicrosoftSignIn> | undefined>(undefined);

  const client = () => {
    msal.current ??= readPolicy().then(({ policy }) => identityConfig(policy)).then((identity) => createMicrosoftSignIn({
      clientId: identity.microsoftClientId,
      authority: identity.microsoftAuthority,
      redirectUri: browser.identity.getRedirectURL(),
      launch: async (url) => (await browser.identity.launchWebAuthFlow({ url, interactive: true })) ?? '',
    }));
    return msal.current;
  };

  const purpose = purposeOf(location.search);
  const hand = async (session: MicrosoftSession, renewed: boolean) => {
    const result = await send('auth/microsoft/save', { ...session, ...(renewed || !purpose.attempt ? {} : { attempt: purpose.attempt }) });
    setState(result.ok ? { step: 'done', account: result.account, expiresAt: result.expiresAt, renewed } : { step: 'failed', error: failureText(t, 'microsoft', result) });
  };
  const handWrite = async (session: MicrosoftSession) => {
    const result = await send('auth/microsoft/write-access', session);
    if (!result.ok) {
      setState({ step: 'failed', error: failureText(t, 'microsoft', result) });
      return;
    }
    setState({ step: 'write-granted', account: result.account });
    // The plan's side panel goes on by itself; this tab has nothing more to do.
    window.close();
  };
  const fail = (e: unknown) => setState({ step: 'failed', error: unexpectedFailureText(t, e) });

  const signIn = () => {
    setState({ step: 'working' });
    const write = purpose.write;
    if (write) void client().then((c) => c.grantWrite(write)).then(handWrite).catch(fail);
    else void client().then((c) => c.signIn()).then((session) => hand(session, false)).catch(fail);
  };
  const renew = (account: string) => {
    setState({ step: 'working' });
    void client().then((c) => c.renewSilently(account)).then((session) => hand(session, true)).catch(fail);
  };

  useEffect(signIn, []);

  return (
    <main data-testid="microsoft-signin">
      <h1>{t(purpose.write ? 'auth.microsoft.page.writeTitle' : 'auth.microsoft.page.title')}</h1>
      <p class="muted">{purpose.write ? t('auth.microsoft.page.writeIntro', { account: purpose.write }) : t('auth.microsoft.page.intro')}</p>
      {state.step === 'working' && <p role="status">{t('auth.working')}</p>}
      {state.step === 'write-granted' && <p role="status" data-testid="microsoft-write-granted">{t('auth.microsoft.page.writeDone', { account: state.account })}</p>}
      {state.step === 'done' && (
        <div data-testid="microsoft-signin-done">
          <p role="status">{t('auth.microsoft.page.done', { account: state.account })}</p>
          <p data-testid="microsoft-valid-until">
            {state.renewed ? t('options.microsoft.renewed', { time: formatTime(state.expiresAt, locale) }) : t('auth.validUntil', { time: formatTime(state.expiresAt, locale) })}
          </p>
          <button type="button" onClick={() => renew(state.account)}>{t('options.microsoft.renew')}</button>
        </div>
      )}
      {state.step === 'failed' && (
        <div>
          <p class="error" role="alert">{state.error}</p>
          <button type="button" onClick={signIn}>{t('auth.microsoft.page.retry')}</button>
        </div>
      )}
    </main>
  );
}
