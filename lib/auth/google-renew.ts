import { credentialId } from '../store/records';
import { resolveDeps, type AuthDeps } from './deps';
import { saveGoogleRenewal } from './google';
import { GoogleSignInError, launchGoogleSignIn } from './google-flow';

type Identity = NonNullable<Parameters<typeof launchGoogleSignIn>[0]>['identity'];

/**
 * The Google token for the admin, renewed first when it expires within `marginMs`: the sign-in
 * flow non-interactive with `prompt=none` and the admin's address as hint (works in the service
 * worker: launchWebAuthFlow shows nothing). When Google needs the admin (session ended, consent
 * withdrawn) it throws GoogleSignInError('login_required' / 'interaction_required'): sign in
 * again in the options page. For the sync's token reader.
 */
export async function freshGoogleAccessToken(account: string, partial: Partial<AuthDeps> & { identity?: Identity } = {}, marginMs = 5 * 60_000): Promise<string> {
  const deps = resolveDeps(partial);
  const id = credentialId('google', account.toLowerCase());
  const credential = await deps.repo.get('credentials', id);
  if (!credential) throw new Error(`not signed in to Google as ${account}`);
  const expiresAt = Date.parse(credential.expiresAt ?? '');
  if (Number.isFinite(expiresAt) && expiresAt - marginMs > deps.now().getTime()) return credential.accessToken;
  const grant = await launchGoogleSignIn({ silent: true, loginHint: account, ...(partial.identity ? { identity: partial.identity } : {}) });
  // Stored only while this account is still signed in (a clear during the renewal stays cleared);
  // another account answering the hint stores nothing: 'wrong-account'.
  const saved = await saveGoogleRenewal(account, grant.accessToken, deps);
  if (!saved.ok) throw new GoogleSignInError(saved.reason);
  return grant.accessToken;
}
