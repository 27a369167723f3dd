/**
 * The partner employee domain, driven as an admin drives it: HubSpot's settings pages read by the
 * guide, the Partner view in the side panel (Polish) and the options (German), the popup's count,
 * the Client Access Manager CSV, and the guided change on the Automation page, observed and audited.
 */
import Papa from 'papaparse';
import { rm } from 'node:fs/promises';
import type { ElementHandle, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../lib/i18n/all-locales';
import type { Scenario } from '../sandbox/core/scenario';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import type { ExtensionBrowser } from './harness/browser';
import { saveDownloadsToTempDir, waitForDownload } from './pages/local-data.page';
import {
  automationUrl, outsideDomain, partnerSelectors as s, partnerWorld, settingsUrl, textsOf, waitForPartnerReading, waitShown,
} from './pages/partner.page';
import { connectHubSpot } from './pages/plan-flow.page';
import { waitForSyncEnd } from './pages/sync-panel.page';

const PORTAL = 4480123;
const COMPANY = 'nordlicht.example';
const now = () => new Date().toISOString();

/** Connects HubSpot with the world loaded and waits for the first sync (the users it reads). */
async function connected(ctx: { eb: ExtensionBrowser; sandbox: { putState(s: Scenario): Promise<void> } }, scenario: Scenario): Promise<void> {
  await ctx.sandbox.putState(scenario);
  const since = now();
  await connectHubSpot(ctx.eb);
  await waitForSyncEnd(ctx.eb, { since });
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
  let downloads: string;

  beforeAll(async () => {
    downloads = await saveDownloadsToTempDir(ctx.eb.browser);
    await connected(ctx, partnerWorld('pl', 'gmail.com'));
  });
  afterAll(async () => {
    await rm(downloads, { recursive: true, force: true });
  });

  it('a Super Admin: the finding, the suggestion, the CSV; the change guided, observed and audited; the finding gone', async () => {
    const scenario = partnerWorld('pl', 'gmail.com');
    await ctx.sandbox.putState(scenario);
    const since = now();
    const hubspot = await ctx.eb.newPage(automationUrl(scenario));
    await waitForPartnerReading(worker, PORTAL, 'partner-domain', since, { domain: 'gmail.com', user: 'katrin.sommer@nordlicht.example' });

    const panel = await ctx.eb.openExtensionPage('sidepanel', 'view=partner');
    await waitShown(panel, s.finding('partner-domain-shared'));
    expect(await textsOf(panel, `${s.finding('partner-domain-shared')} [data-testid="finding-title"]`)).toEqual([pl['finding.partner-domain-shared.title']]);
    expect(await panel.$eval(s.domain, (el) => (el as HTMLElement).dataset.domain)).toBe('gmail.com');
    await waitShown(panel, s.problem('shared'));
    await waitShown(panel, s.suggestion(COMPANY));

    // Everyone not on the suggested company domain, shared domains included, for the Client Access Manager.
    const expected = outsideDomain(scenario, COMPANY);
    expect(expected.length).toBeGreaterThan(5);
    const listed = await panel.$$eval(s.clientAccessRow, (rows) => rows.map((r) => (r as HTMLElement).dataset.email ?? '').sort());
    expect(listed).toEqual(expected);
    await (await panel.waitForSelector(s.download))?.click();
    const csv = await waitForDownload(downloads, `client-access-manager-${PORTAL}`);
    const rows = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, '').trim()).data;
    expect(rows[0]).toEqual([pl['partner.clientAccess.col.name'], pl['partner.clientAccess.col.email'], pl['partner.clientAccess.col.domain'], pl['partner.clientAccess.col.reason']]);
    expect(rows.slice(1).map((row) => row[1]).sort()).toEqual(expected);
    expect(rows.find((row) => row[1]?.endsWith('@gmail.com'))?.[3]).toBe(pl['partner.clientAccess.reason.shared-domain']);

    const popup = await ctx.eb.openExtensionPage('popup');
    await waitShown(popup, s.popupCount(1));
    await popup.close();

    // The guided change: the step's link opens the Automation page, the banner quotes its Polish labels.
    await (await panel.waitForSelector(s.start(COMPANY)))?.click();
    await waitShown(panel, s.plan('running'));
    const link = await panel.waitForSelector(s.stepLink);
    if (!link) throw new Error('the step shows no link');
    const tab = await openedTab(ctx.eb, link);
    expect(tab.url()).toBe(automationUrl(scenario));
    const banner = await findByRole(tab, 'status', 'Inboxlink', 15_000);
    const explained = await banner.evaluate((el) => el.textContent ?? '');
    expect(explained).toContain(labels.partnerDomain);
    expect(explained).toContain(labels.save);
    expect(explained).toContain(COMPANY);
    const field = await findByRole(tab, 'textbox', labels.partnerDomain);
    await field.click({ clickCount: 3 });
    await field.type(COMPANY);
    await clickAndReload(tab, await findByRole(tab, 'button', labels.save));
    await ctx.eb.screenshot(tab, 'automation-saved-pl');

    await waitShown(panel, s.plan('done'));
    expect(await panel.$eval(s.completedBy, (el) => (el as HTMLElement).dataset.completedBy)).toBe('observed');
    expect((await ctx.sandbox.state()).portal.partner?.employeeEmailDomain).toBe(COMPANY);
    const audit = await panel.$$eval(s.auditEntry, (els) => els.map((el) => (el as HTMLElement).dataset.action));
    expect(audit).toEqual(['plan.done', 'step.observed', 'plan.start']);
    await waitShown(panel, s.accountFindings(0));
    expect(await panel.$eval(s.domain, (el) => (el as HTMLElement).dataset.domain)).toBe(COMPANY);
    const after = await ctx.eb.openExtensionPage('popup');
    await waitShown(after, s.popupCount(0));
    await ctx.eb.screenshot(panel, 'partner-view-pl');
    await Promise.all([after.close(), panel.close(), tab.close(), hubspot.close()]);
  });

  it('a user who is not a Super Admin is told who can change it, and offered no change', async () => {
    const scenario = partnerWorld('pl', 'gmail.com', '51200115');
    await ctx.sandbox.putState(scenario);
    const since = now();
    const hubspot = await ctx.eb.newPage(automationUrl(scenario));
    await waitForPartnerReading(worker, PORTAL, 'partner-domain', since, { domain: 'gmail.com', user: 'joerg.mueller@nordlicht.example', editable: false });

    const panel = await ctx.eb.openExtensionPage('sidepanel', 'view=partner');
    await waitShown(panel, s.finding('partner-domain-shared'));
    await waitShown(panel, s.whoCan);
    const whoCan = (await textsOf(panel, s.whoCan))[0] ?? '';
    expect(whoCan).toContain('Katrin Sommer');
    expect(whoCan).toContain('Oliver Bennett');
    expect(whoCan).toContain('joerg.mueller@nordlicht.example');
    expect(await panel.$$(s.anyStart)).toHaveLength(0);
    await ctx.eb.screenshot(panel, 'partner-view-not-super-admin-pl');
    await Promise.all([panel.close(), hubspot.close()]);
  });
});

describe('partner employee domain (de): not seen yet, then a domain nobody uses', () => {
  const ctx = useExtensionBrowser();
  const worker = () => ctx.eb.worker();
  const OLD = 'nordlicht-alt.example';

  beforeAll(async () => {
    await connected(ctx, partnerWorld('de', OLD));
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
    await Promise.all([options.close(), automation.close(), users.close()]);
  });
});
