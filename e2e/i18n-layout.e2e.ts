/**
 * Every language's words fit the narrowest views, measured by Chromium's layout: the inbox chip
 * with each of the five status words on a 360 px wide Gmail page, and the popup, the side panel's
 * list and a mailbox's detail with its unlink plan (the longest strings: findings' fixes, guided
 * explanations quoting the page's buttons) at 360 px. Screenshots of the popup, the detail and the
 * plan in German, Dutch, Swedish and Polish go to .e2e-artifacts/i18n-layout.e2e.ts/. The plan
 * quotes HubSpot's buttons as the guide saw HubSpot's page (English here), with the translation beside.
 * The partner view (a partner account on a shared mail domain: its finding, problems, suggestion and
 * Client Access Manager list, HubSpot's path quoted) is measured the same way.
 */
import path from 'node:path';
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { createTranslator, LOCALES, type Locale } from '../lib/i18n';
import '../lib/i18n/all-locales';
import { quote } from '../lib/i18n/quotes';
import { HUBSPOT_LABELS } from '../lib/pages/hubspot/labels';
import type { LinkStatus } from '../lib/status/mailbox-status';
import { mailPages, selectors } from './harness/contract';
import { useExtensionBrowser } from './harness/fixture';
import { authSelectors, submitHubSpotToken } from './pages/auth-options.page';
import { setUiLocale } from './pages/extension-views.page';
import { chipBox, NARROW, observeMailbox, overflowsOn, type ChipBox } from './pages/layout.page';
import { tabIdOf } from './pages/mail-tab.page';
import { automationUrl, partnerSelectors, partnerWorld, waitForPartnerReading } from './pages/partner.page';
import { connectedEmailsUrl, demoScenario } from './pages/plan-flow.page';
import { connectHubSpotAndGoogle, openPanel, seedDisabledMailbox } from './pages/plan-resume.page';

const ctx = useExtensionBrowser();
const ui = { timeout: 20_000 };
const SHOWN: readonly Locale[] = ['de', 'nl', 'sv', 'pl'];
const HANNAH = 'hannah.schmidt@nordlicht.example';

async function signedInGmail(): Promise<string> {
  const address = (await ctx.sandbox.state()).signedIn?.gmail;
  if (!address) throw new Error('the demo scenario signs a Gmail user in');
  return address.toLowerCase();
}

/** The chip once it shows `label` (the background answers in the chosen language after a reload). */
async function chipShowing(page: Page, label: string): Promise<ChipBox> {
  const deadline = Date.now() + ui.timeout;
  let last: ChipBox | undefined;
  while (Date.now() < deadline) {
    last = await page.waitForSelector(selectors.inboxChip, ui).then(() => chipBox(page)).catch(() => undefined);
    if (last?.label.startsWith(label)) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the chip never showed “${label}” (last: “${last?.label ?? 'no chip'}”)`);
}

/** Waits until the page speaks `locale` (a string only that language has). */
async function speaks(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted: string) => document.body.textContent?.includes(wanted) === true, { ...ui, polling: 100 }, text);
}

async function elementShot(page: Page, selector: string, name: string): Promise<void> {
  await page.bringToFront();
  await (await page.waitForSelector(selector, ui))?.screenshot({ path: path.join(ctx.eb.artifactsDir, `${name}.png`) as `${string}.png` });
}

describe('the words of every language fit at 360 px', () => {
  it('the chip: each status word, with its hint, in every language', async () => {
    const address = await signedInGmail();
    const control = await ctx.eb.openExtensionPage('options');
    const gmail = await ctx.eb.newPage(mailPages.gmail);
    await gmail.setViewport(NARROW);
    const worker = await ctx.eb.worker();
    // Unknown first (nothing seen of the mailbox's HubSpot side yet), then each state the pages report.
    const states: [LinkStatus, ('connected' | 'disabled' | 'removed')?, boolean?][] = [
      ['unknown'], ['linked', 'connected', true], ['broken', 'connected', false], ['not-linked', 'removed', false], ['half-unlinked', 'disabled', true],
    ];
    const measured: ChipBox[] = [];
    for (const [status, crm, grant] of states) {
      if (crm) await observeMailbox(worker, address, crm, grant ?? false);
      for (const locale of LOCALES) {
        const t = createTranslator(locale);
        await setUiLocale(control, locale);
        await gmail.reload();
        measured.push(await chipShowing(gmail, t('chip.label', { status: t(`status.${status}`) })));
        if (status === 'half-unlinked' && SHOWN.includes(locale)) await ctx.eb.screenshot(gmail, `chip-${locale}`);
      }
    }
    expect(measured.map((box) => box.status)).toEqual(states.flatMap(([status]) => LOCALES.map(() => status)));
    const misfits = measured.filter((box) => box.left < 0 || box.right > box.viewport || box.scrollWidth > box.clientWidth + 1);
    expect(misfits.map((box) => `${box.label}: ${Math.round(box.left)}…${Math.round(box.right)} of ${box.viewport}, ${box.scrollWidth}/${box.clientWidth}`)).toEqual([]);
    await Promise.all([control.close(), gmail.close()]);
  }, 240_000);

  it('the popup, the side panel list, a mailbox’s detail and its plan, in every language', async () => {
    const address = await signedInGmail();
    const control = await ctx.eb.openExtensionPage('options');
    // The sign-in helpers click English buttons (the other test may have left another language).
    await setUiLocale(control, 'en');
    await connectHubSpotAndGoogle(ctx.eb);
    const worker = await ctx.eb.worker();
    await seedDisabledMailbox(worker, HANNAH);
    const gmail = await ctx.eb.newPage(mailPages.gmail);
    await gmail.waitForSelector(selectors.inboxChip, ui);
    const tabId = await tabIdOf(worker, address);

    const list = await ctx.eb.openExtensionPage('sidepanel');
    await list.setViewport(NARROW);
    await list.waitForSelector(selectors.mailboxRow(HANNAH), ui);
    const detail = await openPanel(ctx.eb, HANNAH);
    await detail.setViewport(NARROW);
    // Hannah's inbox disabled in HubSpot, Google still granting access: a finding and a plan to show.
    await (await detail.waitForSelector('[data-testid="plan-start"]', ui))?.click();
    await detail.waitForSelector('[data-testid="plan"][data-status="running"]', ui);
    await detail.waitForSelector('[data-testid="finding"]', ui);
    // The guide on HubSpot's page (English in the demo portal) reports the page's language; the
    // side panel then quotes the step's buttons as that page shows them, translated beside.
    await setUiLocale(control, 'de');
    const hubspot = await ctx.eb.newPage(connectedEmailsUrl(demoScenario()));
    await speaks(detail, `${quote('de', HUBSPOT_LABELS.en.remove)} (${HUBSPOT_LABELS.de.remove})`);
    await hubspot.close();

    const problems: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      await setUiLocale(control, locale);
      const popup = await ctx.eb.openExtensionPage('popup', `tab=${tabId}`);
      await popup.setViewport(NARROW);
      await popup.waitForSelector(`${selectors.pageRoot('popup')}[data-inboxlink-status]`, ui);
      await speaks(popup, t('popup.openSidePanel'));
      await speaks(detail, t('ui.detail.findings'));
      await speaks(detail, t('plan.state.active'));
      const remove = quote(locale, HUBSPOT_LABELS.en.remove);
      await speaks(detail, locale === 'en' ? remove : `${remove} (${HUBSPOT_LABELS[locale].remove})`);
      await speaks(list, t('ui.filters.legend'));
      for (const [view, page] of [['popup', popup], ['side panel list', list], ['detail and plan', detail]] as const) {
        problems.push(...(await overflowsOn(page)).map((problem) => `${locale} ${view}: ${problem}`));
      }
      if (SHOWN.includes(locale)) {
        await ctx.eb.screenshot(popup, `popup-${locale}`);
        await ctx.eb.screenshot(detail, `sidepanel-detail-${locale}`);
        await elementShot(detail, '[data-testid="plan"]', `plan-${locale}`);
      }
      await popup.close();
    }
    expect(problems).toEqual([]);
    expect([list, detail].flatMap((page) => ctx.eb.consoleErrors(page))).toEqual([]);
    await Promise.all([control.close(), gmail.close(), list.close(), detail.close()]);
  }, 240_000);

  it('the partner view, with HubSpot’s path and the Client Access Manager quoted, in every language', async () => {
    const scenario = partnerWorld('en', 'gmail.com');
    await ctx.sandbox.putState(scenario);
    const control = await ctx.eb.openExtensionPage('options');
    await setUiLocale(control, 'en');
    // Connected already when the file runs whole; alone, the token is pasted here (its first sync reads the users).
    if (!(await control.$(authSelectors.hubspotConnected))) {
      await submitHubSpotToken(control, 'demo-token-full');
      await control.waitForSelector(authSelectors.hubspotConnected, ui);
    }
    const since = new Date().toISOString();
    const hubspot = await ctx.eb.newPage(automationUrl(scenario));
    await waitForPartnerReading(() => ctx.eb.worker(), scenario.portal.id, 'partner-domain', since, { domain: 'gmail.com' });
    await hubspot.close();
    const panel = await ctx.eb.openExtensionPage('sidepanel', 'view=partner');
    await panel.setViewport(NARROW);
    await panel.waitForSelector(partnerSelectors.clientAccessRow, { timeout: 60_000 });

    const problems: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      await setUiLocale(control, locale);
      await speaks(panel, t('finding.partner-domain-shared.title'));
      await speaks(panel, quote(locale, HUBSPOT_LABELS[locale].clientAccessManager));
      problems.push(...(await overflowsOn(panel)).map((problem) => `${locale} partner view: ${problem}`));
      if (SHOWN.includes(locale)) await ctx.eb.screenshot(panel, `partner-${locale}`);
    }
    expect(problems).toEqual([]);
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
    await Promise.all([control.close(), panel.close()]);
  }, 240_000);
});
