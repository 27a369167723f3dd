import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Page, Target } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import { chromeBuildDir } from './harness/paths';
import { authSelectors as s, connectOnOptions, disconnectOnOptions, readCredentials, startDisconnected, submitHubSpotToken, waitFor } from './pages/auth-options.page';

const ctx = useExtensionBrowser();
const ui = { timeout: 15_000 };

async function openOptions(): Promise<Page> {
  const page = await ctx.eb.openExtensionPage('options');
  await page.waitForSelector('[data-testid="options"]', ui);
  return page;
}

const alertText = (page: Page) => page.$eval(s.hubspotAlert, (element) => element.textContent ?? '');

describe('HubSpot token in the options page', () => {
  it('says an expired token expired, and saves nothing', async () => {
    const options = await openOptions();
    await startDisconnected(options, () => ctx.eb.worker());
    await submitHubSpotToken(options, 'demo-token-expired');
    await options.waitForSelector(s.hubspotAlert, ui);
    expect(await alertText(options)).toMatch(/expired/i);
    expect(await options.$(s.hubspotConnected)).toBeNull();
    expect(await readCredentials(await ctx.eb.worker())).toEqual([]);
    await ctx.eb.screenshot(options, 'hubspot-expired');
    await options.close();
  });

  it('names the missing scope of an under-scoped token', async () => {
    const options = await openOptions();
    await startDisconnected(options, () => ctx.eb.worker());
    await submitHubSpotToken(options, 'demo-token-no-conversations');
    await options.waitForFunction((selector) => /conversations\.read/.test(document.querySelector(selector)?.textContent ?? ''), ui, s.hubspotAlert);
    expect(await options.$(s.hubspotConnected)).toBeNull();
    expect((await readCredentials(await ctx.eb.worker())).filter((credential) => credential.provider === 'hubspot')).toEqual([]);
    await ctx.eb.screenshot(options, 'hubspot-missing-scope');
    await options.close();
  });

  it('connects a full token: portal, domain and scopes shown, token kept out of the page', async () => {
    const options = await openOptions();
    await submitHubSpotToken(options, 'demo-token-full');
    await options.waitForSelector(s.hubspotConnected, ui);
    expect(await options.$eval(s.hubspotPortal, (element) => element.textContent)).toBe('4480123');
    const scopes = await options.$eval(s.hubspotScopes, (element) => element.textContent ?? '');
    expect(scopes).toContain('conversations.read');
    expect(scopes).toContain('crm.objects.owners.read');
    expect(await options.$(s.hubspotAlert)).toBeNull();
    // The input is emptied and no token is in the page's DOM.
    expect(await options.$eval(s.hubspotToken, (element) => (element as HTMLInputElement).value)).toBe('');
    expect(await options.content()).not.toContain('demo-token-full');
    const stored = await readCredentials(await ctx.eb.worker());
    expect(stored).toMatchObject([{ id: 'hubspot', provider: 'hubspot', portalId: 4480123, accessToken: 'demo-token-full' }]);
    await ctx.eb.screenshot(options, 'hubspot-connected');
    expect(ctx.eb.consoleErrors(options)).toEqual([]);
    await options.close();
  });

  it('disconnects after a confirmation', async () => {
    const options = await openOptions();
    // Connected by this test itself, so it runs alone and in any order.
    await connectOnOptions(options, 'demo-token-full');
    expect(await readCredentials(await ctx.eb.worker())).toMatchObject([{ provider: 'hubspot' }]);
    await disconnectOnOptions(options);
    const left = await waitFor(async () => readCredentials(await ctx.eb.worker()), (credentials) => credentials.length === 0);
    expect(left).toEqual([]);
    await options.close();
  });
});

describe('Google Workspace admin sign-in (launchWebAuthFlow in Chromium)', () => {
  it('signs the admin in, stores the token in the background and signs out with a revocation', async () => {
    const admin = (await ctx.sandbox.state()).signedIn?.google ?? '';
    expect(admin).not.toBe('');
    const options = await openOptions();
    await (await options.waitForSelector(s.button(s.googleSection, 'Sign in with Google'), ui))?.click();
    await options.waitForSelector(s.googleSignedIn, ui);
    expect(await options.$eval(s.googleSignedIn, (element) => element.textContent)).toContain(admin);
    const log = await ctx.sandbox.requests();
    const authorize = log.find((entry) => entry.host === 'accounts.google.com' && entry.path === '/o/oauth2/v2/auth');
    expect(new URLSearchParams(authorize?.query).get('redirect_uri')).toMatch(/^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/);
    expect(log.some((entry) => entry.host === 'oauth2.googleapis.com' && entry.path === '/tokeninfo' && entry.status === 200)).toBe(true);
    const [google] = (await readCredentials(await ctx.eb.worker())).filter((credential) => credential.provider === 'google');
    expect(google).toMatchObject({ id: `google:${admin}`, account: admin });
    await ctx.eb.screenshot(options, 'google-signed-in');

    await (await options.waitForSelector(s.button(s.googleSignedIn, 'Sign out'), ui))?.click();
    await options.waitForFunction((selector) => !document.querySelector(selector), ui, s.googleSignedIn);
    expect((await ctx.sandbox.requests()).some((entry) => entry.host === 'oauth2.googleapis.com' && entry.path === '/revoke' && entry.status === 200)).toBe(true);
    expect((await readCredentials(await ctx.eb.worker())).filter((credential) => credential.provider === 'google')).toEqual([]);
    await options.close();
  });
});

describe('Microsoft Entra admin sign-in (MSAL in its own page)', () => {
  it('signs in from the sign-in page, renews silently with MSAL, then through the background', async () => {
    const admin = (await ctx.sandbox.state()).signedIn?.microsoft ?? '';
    const options = await openOptions();
    const opened = ctx.eb.browser.waitForTarget((target: Target) => target.url().split('?')[0]?.endsWith('/microsoft-signin.html') === true, ui);
    await (await options.waitForSelector(s.button(s.microsoftSection, 'Sign in with Microsoft'), ui))?.click();
    const signInPage = await (await opened).page();
    if (!signInPage) throw new Error('the sign-in page did not open as a tab');
    await signInPage.waitForSelector(s.microsoftDone, ui);
    expect(await signInPage.$eval(s.microsoftDone, (element) => element.textContent)).toContain(admin);
    await options.waitForSelector(s.microsoftSignedIn, ui);
    expect(await options.$eval(s.microsoftSignedIn, (element) => element.textContent)).toContain(admin);
    const first = (await readCredentials(await ctx.eb.worker())).find((credential) => credential.provider === 'microsoft');
    expect(first).toMatchObject({ id: `microsoft:${admin}`, account: admin });
    expect(first?.refreshToken).toBeTruthy();
    await ctx.eb.screenshot(signInPage, 'microsoft-signed-in');

    // Silent renewal inside the page: MSAL's acquireTokenSilent → refresh_token grant, no screen.
    const before = (await ctx.sandbox.requests()).length;
    await (await signInPage.waitForSelector(s.button(s.microsoftDone, 'Renew access now'), ui))?.click();
    await signInPage.waitForFunction((selector) => /renewed/i.test(document.querySelector(selector)?.textContent ?? ''), ui, s.microsoftValidUntil);
    const renewal = (await ctx.sandbox.requests()).slice(before);
    expect(renewal.some((entry) => entry.host === 'login.microsoftonline.com' && entry.path.endsWith('/oauth2/v2.0/token') && /grant_type=refresh_token/.test(String(entry.body)))).toBe(true);
    expect(renewal.some((entry) => entry.path.endsWith('/oauth2/v2.0/authorize'))).toBe(false);
    const second = await waitFor(async () => (await readCredentials(await ctx.eb.worker())).find((c) => c.provider === 'microsoft'), (c) => c?.accessToken !== first?.accessToken);
    expect(second?.accessToken).not.toBe(first?.accessToken);
    expect(second?.refreshToken).not.toBe(first?.refreshToken);
    await signInPage.close();

    // With the page closed, the background renews from the stored refresh token (no MSAL there).
    await (await options.waitForSelector(s.button(s.microsoftSignedIn, 'Renew access now'), ui))?.click();
    const third = await waitFor(async () => (await readCredentials(await ctx.eb.worker())).find((c) => c.provider === 'microsoft'), (c) => c?.accessToken !== second?.accessToken);
    expect(third?.accessToken).not.toBe(second?.accessToken);
    await options.waitForSelector(`${s.microsoftSection} [role="status"]`, ui);

    await (await options.waitForSelector(s.button(s.microsoftSignedIn, 'Sign out'), ui))?.click();
    await options.waitForFunction((selector) => !document.querySelector(selector), ui, s.microsoftSignedIn);
    expect((await readCredentials(await ctx.eb.worker())).filter((c) => c.provider === 'microsoft')).toEqual([]);
    await options.close();
  });
});

describe('sync interval', () => {
  it('saves the chosen interval and the background re-creates its periodic alarm', async () => {
    const options = await openOptions();
    await options.select('select[name="sync-interval"]', '15');
    await options.waitForSelector('[aria-labelledby="sync-heading"] [role="status"]', ui);
    const alarm = await waitFor(
      async () => (await ctx.eb.worker()).evaluate(async () => {
        const alarms = (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms;
        return (await alarms.get('inboxlink:sync'))?.periodInMinutes;
      }),
      (minutes) => minutes === 15,
    );
    expect(alarm).toBe(15);
    expect(ctx.eb.consoleErrors(options)).toEqual([]);
    await options.close();
  });
});

describe('accessibility', () => {
  it('the options page (connected, with an error shown) has no axe violations and works from the keyboard', async () => {
    const options = await openOptions();
    await submitHubSpotToken(options, 'demo-token-full');
    await options.waitForSelector(s.hubspotConnected, ui);
    await submitHubSpotToken(options, 'demo-token-expired');
    await options.waitForSelector(s.hubspotAlert, ui);
    const results = await new AxePuppeteer(options).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    // Keyboard only: Tab from the top reaches "Disconnect HubSpot"; Enter asks, Escape cancels.
    // From the top of the page: a click on the heading moves the browser's sequential focus starting
    // point there (the token field typed into last held it; an h1 takes no focus of its own).
    await options.click('h1');
    let label = '';
    for (let presses = 0; presses < 10 && label !== 'Disconnect HubSpot'; presses += 1) {
      await options.keyboard.press('Tab');
      label = await options.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(label).toBe('Disconnect HubSpot');
    await options.keyboard.press('Enter');
    await options.waitForFunction(() => document.activeElement?.textContent === 'Yes, disconnect', ui);
    await options.keyboard.press('Escape');
    expect(await options.$(s.button(s.hubspotConnected, 'Yes, disconnect'))).toBeNull();
    await options.close();
  });
});

describe('bundle', () => {
  it('MSAL is only in the Microsoft sign-in page\'s chunk', async () => {
    const files = [
      'background.js',
      ...(await readdir(path.join(chromeBuildDir, 'chunks'))).map((name) => `chunks/${name}`),
      ...(await readdir(path.join(chromeBuildDir, 'content-scripts'))).map((name) => `content-scripts/${name}`),
    ].filter((name) => name.endsWith('.js'));
    const withMsal: string[] = [];
    for (const file of files) if (/PublicClientApplication|msal\.js\.browser|interaction_in_progress/.test(await readFile(path.join(chromeBuildDir, file), 'utf8'))) withMsal.push(file);
    expect(withMsal).toHaveLength(1);
    expect(withMsal[0]).toMatch(/^chunks\/microsoft-signin-[\w-]+\.js$/);
    const html = await readFile(path.join(chromeBuildDir, 'microsoft-signin.html'), 'utf8');
    expect(html).toContain(withMsal[0]);
  });
});
