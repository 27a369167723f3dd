/**
 * The partner employee domain, driven as an admin drives it: HubSpot's settings pages read by the
 * guide, the Partner view in the side panel (Polish) and the options (German), the popup's count,
 * the Client Access Manager CSV, and the guided change on the Automation page, observed and audited.
 */
import Papa from 'papaparse';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../lib/i18n/all-locales';
import type { Scenario } from '../sandbox/core/scenario';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import type { ExtensionBrowser } from './harness/browser';
import { watchDownloads, type DownloadWatch } from './pages/downloads.page';
import {
  automationUrl, outsideDomain, partnerSelectors as s, partnerWorld, settingsUrl, textsOf, waitForPartnerReading, waitShown,
} from './pages/partner.page';
import { connectHubSpot } from './pages/plan-flow.page';
import { waitForSyncEnd } from './pages/sync-panel.page';

const PORTAL = 4480123;
const KATRIN = 'katrin.sommer@nordlicht.example';
const COMPANY = 'nordlicht.example';
const now = () => new Date().toISOString();

/**
 * The user's language chosen in the options (the extension speaks it, whatever the browser's),
 * HubSpot connected with the world loaded, and the first sync (the users it reads) waited for.
 */
async function connected(ctx: { eb: ExtensionBrowser; sandbox: { putState(s: Scenario): Promise<void> } }, scenario: Scenario, locale: 'pl' | 'de'): Promise<void> {
  await ctx.sandbox.putState(scenario);
  const options = await ctx.eb.openExtensionPage('options');
  await options.waitForSelector('select[name=language]', { timeout: 20_000 });
  await options.select('select[name=language]', locale);
  await options.waitForFunction((heading: string) => document.querySelector('#language-heading')?.textContent === heading, { timeout: 20_000 }, catalogs[locale]['options.language.heading']);
  await options.close();
  const since = now();
  await connectHubSpot(ctx.eb);
  await waitForSyncEnd(ctx.eb, { since });
}

/**
 * Closes pages without waiting: under load Chromium may take long to close a background tab, and
 * nothing after it depends on that (the file's browser goes at the end).
 */
function closeAll(...pages: Page[]): void {
  for (const page of pages) void page.close().catch(() => undefined);
}

/** Clicks a link that opens a new tab and returns that tab once loaded. */
async function openedTab(eb: ExtensionBrowser, link: ElementHandle): Promise<Page> {
  const href = await link.evaluate((el) => (el as HTMLAnchorElement).href);
  const opened = eb.browser.waitForTarget((target) => target.type() === 'page' && target.url() === href, { timeout: 20_000 });
  await link.click();
  const page = await (await opened).page();
  if (!page) throw new Error(`no page for ${href}`);
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
  return page;
}

describe('partner employee domain (pl): gmail.com, the Client Access Manager list, the guided change', () => {
  const ctx = useExtensionBrowser();
  const worker = () => ctx.eb.worker();
  const pl = catalogs.pl;
  const labels = labelTables.pl;
  let downloads: DownloadWatch;

  beforeAll(async () => {
    downloads = await watchDownloads(ctx.eb.browser);
    await connected(ctx, partnerWorld('pl', 'gmail.com'), 'pl');
  });
  afterAll(async () => {
    await downloads.close();
  });

  /** The world with gmail.com as the domain, its Automation page seen by `user`; the side panel's Partner view. */
  async function seenWith(domain: string, user: string, signedIn?: string): Promise<{ scenario: Scenario; hubspot: Page; panel: Page }> {
    const scenario = partnerWorld('pl', domain, signedIn);
    await ctx.sandbox.putState(scenario);
    const since = now();
    const hubspot = await ctx.eb.newPage(automationUrl(scenario));
    await waitForPartnerReading(worker, PORTAL, 'partner-domain', since, { domain, user });
    const panel = await ctx.eb.openExtensionPage('sidepanel', 'view=partner');
    return { scenario, hubspot, panel };
  }

  it('gmail.com: the finding in words, the popup count, the suggested company domain, everyone else listed and downloaded as CSV', async () => {
    const { scenario, hubspot, panel } = await seenWith('gmail.com', KATRIN);
    await waitShown(panel, s.finding('partner-domain-shared'));
    expect(await textsOf(panel, `${s.finding('partner-domain-shared')} [data-testid="finding-title"]`)).toEqual([pl['finding.partner-domain-shared.title']]);
    expect(await panel.$eval(s.domain, (el) => (el as HTMLElement).dataset.domain)).toBe('gmail.com');
    await waitShown(panel, s.problem('shared'));
    await waitShown(panel, s.suggestion(COMPANY));
    const popup = await ctx.eb.openExtensionPage('popup');
    await waitShown(popup, s.popupCount(1));
    // A background tab runs no animation frames, and a click waits for one: back to the panel.
    await panel.bringToFront();

    // Everyone not on the suggested company domain, shared domains included, for the Client Access Manager.
    const expected = outsideDomain(scenario, COMPANY);
    expect(expected.length).toBeGreaterThan(5);
    const listed = await panel.$$eval(s.clientAccessRow, (rows) => rows.map((r) => (r as HTMLElement).dataset.email ?? '').sort());
    expect(listed).toEqual(expected);
    await (await panel.waitForSelector(s.download))?.click();
    const csv = await downloads.next(`client-access-manager-${PORTAL}`);
    const rows = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, '').trim()).data;
    expect(rows[0]).toEqual([pl['partner.clientAccess.col.name'], pl['partner.clientAccess.col.email'], pl['partner.clientAccess.col.domain'], pl['partner.clientAccess.col.reason']]);
    expect(rows.slice(1).map((row) => row[1]).sort()).toEqual(expected);
    expect(rows.find((row) => row[1]?.endsWith('@gmail.com'))?.[3]).toBe(pl['partner.clientAccess.reason.shared-domain']);
    await ctx.eb.screenshot(panel, 'partner-view-pl');
    closeAll(popup, panel, hubspot);
  });

  it('a Super Admin changes it to the suggestion, guided on the Polish page; observed, audited, and the finding is gone', async () => {
    const { scenario, hubspot, panel } = await seenWith('gmail.com', KATRIN);
    await (await panel.waitForSelector(s.start(COMPANY), { timeout: 20_000 }))?.click();
    await waitShown(panel, s.plan('running'));
    const link = await panel.waitForSelector(s.stepLink);
    if (!link) throw new Error('the step shows no link');
    const tab = await openedTab(ctx.eb, link);
    expect(tab.url()).toBe(automationUrl(scenario));
    await tab.bringToFront();
    // The guide points at the field until it holds the domain (the banner's Polish wording: tests/guide-highlight/partner-step.test.ts).
    const field = await findByRole(tab, 'textbox', labels.partnerDomain);
    await field.evaluate((el) => (el as HTMLInputElement).select());
    await field.type(COMPANY);
    await clickAndReload(tab, await findByRole(tab, 'button', labels.save));
    await panel.bringToFront();

    await waitShown(panel, s.plan('done'));
    expect(await panel.$eval(s.completedBy, (el) => (el as HTMLElement).dataset.completedBy)).toBe('observed');
    expect((await ctx.sandbox.state()).portal.partner?.employeeEmailDomain).toBe(COMPANY);
    expect(await panel.$$eval(s.auditEntry, (els) => els.map((el) => (el as HTMLElement).dataset.action))).toEqual(['plan.done', 'step.observed', 'plan.start']);
    await waitShown(panel, s.accountFindings(0));
    expect(await panel.$eval(s.domain, (el) => (el as HTMLElement).dataset.domain)).toBe(COMPANY);
    const popup = await ctx.eb.openExtensionPage('popup');
    await waitShown(popup, s.popupCount(0));
    await ctx.eb.screenshot(tab, 'automation-saved-pl');
    closeAll(popup, panel, tab, hubspot);
  });

  it('a user who is not a Super Admin is told who can change it, and offered no change', async () => {
    const { hubspot, panel } = await seenWith('gmail.com', 'joerg.mueller@nordlicht.example', '51200115');
    await waitShown(panel, s.finding('partner-domain-shared'));
    await waitShown(panel, s.whoCan);
    const whoCan = (await textsOf(panel, s.whoCan))[0] ?? '';
    expect(whoCan).toContain('Katrin Sommer');
    expect(whoCan).toContain('Oliver Bennett');
    expect(whoCan).toContain('joerg.mueller@nordlicht.example');
    expect(await panel.$$(s.anyStart)).toHaveLength(0);
    await ctx.eb.screenshot(panel, 'partner-view-not-super-admin-pl');
    closeAll(panel, hubspot);
  });
});

describe('partner employee domain (de): not seen yet, then a domain nobody uses', () => {
  const ctx = useExtensionBrowser();
  const worker = () => ctx.eb.worker();
  const OLD = 'nordlicht-alt.example';

  beforeAll(async () => {
    await connected(ctx, partnerWorld('de', OLD), 'de');
  });

  it('the first visit of the Automation page turns "not seen yet" into the observed domain, which nobody uses', async () => {
    const scenario = partnerWorld('de', OLD);
    const since = now();
    // Any settings page shows the sidebar with its "Partner" section: a partner account.
    const users = await ctx.eb.newPage(settingsUrl(scenario, 'users'));
    await waitForPartnerReading(worker, PORTAL, 'partner-section', since, { partner: true });

    const options = await ctx.eb.openExtensionPage('options');
    await waitShown(options, s.current(false));
    expect(await textsOf(options, s.domain)).toEqual([catalogs.de['partner.current.notSeen']]);
    const link = await options.waitForSelector(s.openAutomation);
    if (!link) throw new Error('no link to the Automation page');
    const automation = await openedTab(ctx.eb, link);
    expect(automation.url()).toBe(automationUrl(scenario));

    await waitShown(options, s.current(true));
    expect(await options.$eval(s.domain, (el) => (el as HTMLElement).dataset.domain)).toBe(OLD);
    await waitShown(options, s.problem('minority'));
    await waitShown(options, s.finding('partner-domain-minority'));
    await waitShown(options, s.suggestion(COMPANY));
    await ctx.eb.screenshot(options, 'partner-options-de');
    closeAll(options, automation, users);
  });
});
