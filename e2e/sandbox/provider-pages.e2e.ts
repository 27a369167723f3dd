import type { Page } from 'puppeteer';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { CONNECTIONS_LABELS } from '../../sandbox/hosts/google/connections-labels';
import { LIVE_CONSENT_LABELS } from '../../sandbox/hosts/microsoft/live-consent-labels';
import { MYAPPS_LABELS } from '../../sandbox/hosts/microsoft/myapps-labels';
import { useExtensionBrowser } from '../harness/fixture';

/**
 * The provider consent pages the guide sends users to, clicked through in a real Chromium on the
 * real hostnames (mapped to the sandbox): each removal must reach the sandbox's world.
 * No extension needed: these are the pages themselves.
 */
const ctx = useExtensionBrowser({ extension: false });
const LANGS: Language[] = ['en', 'de', 'sv'];
const GOOGLE_USER = 'joerg.mueller@nordlicht.example';
const WORK_USER = 'lars.andersson@nordlicht-nordic.example';
const PERSONAL_USER = 'sam.okafor@outlook.com';

let original: Scenario;
beforeAll(async () => {
  original = await ctx.sandbox.state();
});
afterEach(async () => {
  await ctx.sandbox.putState(original);
});

async function useWorld(language: Language, signedIn: Scenario['signedIn']): Promise<void> {
  await ctx.sandbox.putState({ ...original, portal: { ...original.portal, language }, signedIn: { ...original.signedIn, ...signedIn } });
}

/** Clicks the element of `tag` whose visible text is `text` and waits for the page it loads. */
async function clickText(page: Page, tag: string, text: string): Promise<void> {
  const handle = await page.waitForSelector(`${tag}::-p-text(${text})`, { timeout: 10_000 });
  expect(handle, `${tag} "${text}" on ${page.url()}`).toBeTruthy();
  await Promise.all([page.waitForNavigation(), handle?.click()]);
}

async function dialogConfirm(page: Page, label: string): Promise<void> {
  const dialog = await page.waitForSelector('[role="dialog"][aria-modal="true"]', { timeout: 10_000 });
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  expect(focused, 'the confirm button has focus').toBe(label);
  // Keyboard: Enter on the focused confirm button submits, as for a user without a mouse.
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  expect(dialog).toBeTruthy();
}

const grantsOf = (scenario: Scenario, address: string, provider: string) =>
  (scenario.providerGrants ?? []).filter((g) => g.address === address && g.provider === provider).map((g) => g.app);

describe.each(LANGS)('provider pages in %s', (lang) => {
  it('Google connections: HubSpot → Remove access → Confirm removes the grant', async () => {
    await useWorld(lang, { google: GOOGLE_USER });
    expect(grantsOf(await ctx.sandbox.state(), GOOGLE_USER, 'google')).toEqual(['HubSpot', 'Zoom']);
    const t = CONNECTIONS_LABELS[lang];
    const page = await ctx.eb.newPage('https://myaccount.google.com/permissions');
    expect(new URL(page.url()).pathname).toBe('/connections');
    await clickText(page, 'a', 'HubSpot');
    await clickText(page, 'button', t.removeAccess);
    await ctx.eb.screenshot(page, `google-confirm-${lang}`);
    await dialogConfirm(page, t.confirm);
    expect(grantsOf(await ctx.sandbox.state(), GOOGLE_USER, 'google')).toEqual(['Zoom']);
    expect(await page.$eval('[role="status"]', (el) => el.textContent)).toContain('HubSpot');
    expect(ctx.eb.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('My Apps: … → Manage your application → Revoke permissions → Yes removes the user\'s grant', async () => {
    await useWorld(lang, { microsoft: WORK_USER });
    const t = MYAPPS_LABELS[lang];
    const page = await ctx.eb.newPage('https://myapps.microsoft.com/');
    const more = await page.waitForSelector(`summary[aria-label="${t.moreOptions.replace('{app}', 'HubSpot Sales')}"]`);
    await more?.click();
    await clickText(page, 'a', t.manage);
    await clickText(page, 'button', t.revoke);
    await ctx.eb.screenshot(page, `myapps-confirm-${lang}`);
    await dialogConfirm(page, t.confirm);
    const state = await ctx.sandbox.state();
    expect(grantsOf(state, WORK_USER, 'microsoft365')).toEqual([]);
    expect(grantsOf(state, 'oliver.bennett@nordlicht-nordic.example', 'microsoft365')).toEqual(['HubSpot Sales']);
    expect(ctx.eb.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('account.live.com: HubSpot → Edit → Remove these permissions → Remove removes the Outlook.com grant', async () => {
    await useWorld(lang, { microsoft: PERSONAL_USER });
    const t = LIVE_CONSENT_LABELS[lang];
    const page = await ctx.eb.newPage('https://account.live.com/consent/Manage');
    await clickText(page, 'a', 'HubSpot');
    await clickText(page, 'button', t.edit);
    await clickText(page, 'button', t.remove);
    await ctx.eb.screenshot(page, `live-confirm-${lang}`);
    await dialogConfirm(page, t.confirm);
    const state = await ctx.sandbox.state();
    expect(grantsOf(state, PERSONAL_USER, 'outlook')).toEqual([]);
    expect(grantsOf(state, 'zoe.dubois@hotmail.com', 'outlook')).toEqual(['HubSpot']);
    expect(ctx.eb.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
