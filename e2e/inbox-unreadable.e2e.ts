import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../lib/i18n';
import '../lib/i18n/all-locales';
import { mailPages, selectors } from './harness/contract';
import { useExtensionBrowser } from './harness/fixture';
import { clickChip, sidePanelOpenedBy } from './pages/chip-landing.page';
import { readChipButton, waitForDriftReport } from './pages/chip-hint.page';
import { seriousAxeViolations, setUiLocale } from './pages/extension-views.page';
import { chipCount, readChip, tabIdOf } from './pages/mail-tab.page';
import { waitForNewest } from './pages/observations.page';
import { connectHubSpot, waitForSyncEnd } from './pages/sync-panel.page';
import { connectedEmailsPage, demoWorld, gmailWithoutAddress, signedInToGmail } from './pages/unseen-inbox-world.page';

/**
 * Issue 5, the two honest states of the inbox:
 * - a Gmail page whose layout we cannot read shows no chip, and the popup for that tab says the
 *   page could not be read (not "Inboxlink was updated, reload"), with the other mailboxes;
 * - a Gmail address whose HubSpot side was never observed (personal inboxes have no API) shows
 *   the chip `unknown` with how to fix it (in its name and tooltip); its click lands on the side panel, whose link to
 *   HubSpot's Connected emails (portal id, EU UI host) is all the user needs: once that page was
 *   open, the extension has observed the inbox and the chip shows its real status.
 */
const ctx = useExtensionBrowser();
const base = demoWorld();
const worker = () => ctx.eb.worker();
const now = () => new Date().toISOString();
let control: Page;

/** Connected in HubSpot (demo scenario), but the extension has not seen HubSpot's side of them yet. */
const NEVER_OBSERVED = { en: 'katrin.sommer@nordlicht.example', sv: 'chiara.rossi.freelance@gmail.com' } as const;
const READ_THEN_UNREADABLE = 'mallory@nordlicht.example';
/**
 * The click-through test's own address (connected, with its Google grant, like the others): that
 * test makes the extension observe it, so it must not be an address another test needs unobserved
 * (each test runs alone and in any order).
 */
const CLICKED_THROUGH = 'joerg.mueller@nordlicht.example';

/** The page's errors, less the favicon the sandbox does not serve (Chromium asks for it by itself). */
const pageErrors = (page: Page) => ctx.eb.consoleErrors(page).filter((error) => !/favicon\.ico/.test(error));

beforeAll(async () => {
  control = await ctx.eb.openExtensionPage('options');
  // HubSpot connected (the portal id and UI host come from its account details); the sync that
  // follows learns users and team channels, never a personal inbox's state (there is no API).
  const world = signedInToGmail(base, 'en', NEVER_OBSERVED.en);
  await ctx.sandbox.putState(world);
  const since = now();
  await connectHubSpot(ctx.eb, world);
  const sync = await waitForSyncEnd(ctx.eb, { since, timeoutMs: 90_000 });
  if (sync.state !== 'idle') throw new Error(`the sync ended ${JSON.stringify(sync)}`);
});
afterAll(async () => {
  await control.close().catch(() => undefined);
});

describe('a Gmail address never observed on HubSpot', () => {
  for (const language of ['en', 'sv'] as const) {
    it(`the chip is unknown and says how to fix it (${language})`, async () => {
      await setUiLocale(control, language);
      const t = createTranslator(language);
      await ctx.sandbox.putState(signedInToGmail(base, language, NEVER_OBSERVED[language]));
      const mail = await ctx.eb.newPage(mailPages.gmail);
      const chip = await readChipButton(mail, 'unknown');
      await ctx.eb.screenshot(mail, `${language}-unknown-chip`);
      expect(chip.label).toBe(t('chip.label', { status: t('status.unknown') }));
      expect(chip.name, 'the accessible name carries the label and how to fix it').toBe(`${chip.label}. ${t('ui.chip.unknownHint')}`);
      expect(chip.tooltip, 'the tooltip explains why').toBe(t('ui.chip.unknownDetail'));
      expect(pageErrors(mail)).toEqual([]);
      await mail.close();
    });
  }

  it('its click lands on the side panel, whose Connected emails link lets the extension observe the inbox', async () => {
    await setUiLocale(control, 'en');
    const address = CLICKED_THROUGH;
    const world = signedInToGmail(base, 'en', address);
    await ctx.sandbox.putState(world);
    const mail = await ctx.eb.newPage(mailPages.gmail);
    await readChipButton(mail, 'unknown');

    const panel = await sidePanelOpenedBy(ctx.eb, () => clickChip(mail));
    const detail = await panel.waitForSelector(`[data-testid="mailbox-detail"][data-address="${address}"]`, { timeout: 15_000 });
    const link = await detail?.waitForSelector('[data-testid="open-hubspot-settings"]', { timeout: 10_000 });
    const href = await link?.evaluate((a) => a.getAttribute('href'));
    await ctx.eb.screenshot(panel, 'unknown-detail');
    expect(href, 'the portal’s Connected emails page on its EU UI host').toBe(connectedEmailsPage(world));
    expect(href).toContain('https://app-eu1.hubspot.com/settings/4480123/');
    await panel.close().catch(() => undefined);

    // The user opens that page once: the guide script observes the inbox there.
    const since = now();
    const hubspot = await ctx.eb.newPage(href ?? '');
    await waitForNewest(worker, { kind: 'crm-personal-inbox', address, host: 'app-eu1.hubspot.com', since }, { state: 'connected' });
    await hubspot.close();

    await mail.reload({ waitUntil: 'load' });
    const chip = await readChipButton(mail, 'linked');
    expect(chip.name, 'nothing left to fix: the label alone').toBe(chip.label);
    expect(chip.tooltip).toBe(chip.label);
    expect(pageErrors(mail)).toEqual([]);
    await mail.close();
  });
});

describe('a Gmail page we cannot read', () => {
  it('no chip; the popup for that tab says it could not read the page, not to reload it, and lists the mailboxes', async () => {
    await setUiLocale(control, 'en');
    const t = createTranslator('en');
    const address = READ_THEN_UNREADABLE;
    const world = signedInToGmail(base, 'en', address);
    await ctx.sandbox.putState(world);
    // First a page we can read, so the tab had a mailbox: the newer, unreadable page must win.
    const mail = await ctx.eb.newPage(mailPages.gmail);
    await readChip(mail);
    const tabId = await tabIdOf(await worker(), address);

    // The same tab, now on a Gmail page without a signed-in address we can find.
    await ctx.sandbox.putState(gmailWithoutAddress(world));
    const since = now();
    await mail.reload({ waitUntil: 'load' });
    await waitForDriftReport(worker, 'mail.google.com', since);
    expect(await chipCount(mail)).toBe(0);
    expect(pageErrors(mail)).toEqual([]);

    const popup = await ctx.eb.openExtensionPage('popup', `tab=${tabId}`);
    const notice = await popup.waitForSelector('[data-testid="unreadable-tab"]', { timeout: 10_000 });
    await popup.waitForSelector(selectors.mailboxRow(address), { timeout: 10_000 });
    await popup.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), { timeout: 10_000 });
    await ctx.eb.screenshot(popup, 'unreadable-popup');
    expect(await notice?.evaluate((el) => el.textContent)).toBe(t('ui.popup.unreadable'));
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text, 'not the notice for a tab cut off by an update').not.toContain(t('popup.reloadTab'));
    expect(await popup.$('[data-testid="reload-tab"]')).toBeNull();
    expect(await popup.$eval(selectors.pageRoot('popup'), (root) => root.hasAttribute('data-inboxlink-status'))).toBe(false);
    expect(await popup.$('[data-testid="open-sidepanel"]'), 'the side panel is one click away').not.toBeNull();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), mail.close()]);
  });

});
