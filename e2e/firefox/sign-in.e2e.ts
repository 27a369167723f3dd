/**
 * The admin sign-ins in Firefox: Google through identity.launchWebAuthFlow (Firefox's redirect URL
 * is https://<hash>.extensions.allizom.org/, not chromiumapp.org), Microsoft through MSAL in its
 * own extension page handing the redirect to launchWebAuthFlow. Tokens land in the background's
 * store; the options page shows who is signed in.
 */
import { describe, expect, it } from 'vitest';
import { useFirefoxBrowser } from '../harness/fixture';
import { waitForExtensionTab } from '../harness/firefox';
import { authSelectors as s, readCredentials } from '../pages/auth-options.page';

const ctx = useFirefoxBrowser();
const ui = { timeout: 20_000 };

describe('Firefox: admin sign-ins from the options page', () => {
  it('Google: launchWebAuthFlow with Firefox\'s redirect URL, the token kept by the background', async () => {
    const admin = (await ctx.sandbox.state()).signedIn?.google ?? '';
    expect(admin).not.toBe('');
    const options = await ctx.eb.openExtensionPage('options');
    await (await options.waitForSelector(s.button(s.googleSection, 'Sign in with Google'), ui))?.click();
    await options.waitForSelector(s.googleSignedIn, ui);
    expect(await options.$eval(s.googleSignedIn, (element) => element.textContent)).toContain(admin);
    const authorize = (await ctx.sandbox.requests()).find((entry) => entry.host === 'accounts.google.com' && entry.path === '/o/oauth2/v2/auth');
    expect(new URLSearchParams(authorize?.query).get('redirect_uri')).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
    const [google] = (await readCredentials(await ctx.eb.worker())).filter((credential) => credential.provider === 'google');
    expect(google).toMatchObject({ id: `google:${admin}`, account: admin });
    await ctx.eb.screenshot(options, 'google-signed-in');
    await options.close();
  });

  it('Microsoft: MSAL in its own page, the code exchanged with PKCE, a refresh token stored', async () => {
    const admin = (await ctx.sandbox.state()).signedIn?.microsoft ?? '';
    const options = await ctx.eb.openExtensionPage('options');
    await (await options.waitForSelector(s.button(s.microsoftSection, 'Sign in with Microsoft'), ui))?.click();
    const signIn = await waitForExtensionTab(ctx.eb, 'microsoft-signin.html');
    await signIn.waitForSelector(s.microsoftDone, ui);
    expect(await signIn.$eval(s.microsoftDone, (element) => element.textContent)).toContain(admin);
    await options.waitForSelector(s.microsoftSignedIn, ui);
    const stored = (await readCredentials(await ctx.eb.worker())).find((credential) => credential.provider === 'microsoft');
    expect(stored).toMatchObject({ id: `microsoft:${admin}`, account: admin });
    expect(stored?.refreshToken).toBeTruthy();
    await ctx.eb.screenshot(signIn, 'microsoft-signed-in');
    await Promise.all([signIn.close(), options.close()]);
  });
});
