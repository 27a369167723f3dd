/**
 * Support's connection history end to end, in English and in German: three stale mailboxes —
 * Google access removed by the user last week, Microsoft sign-ins failing with AADSTS50173, HubSpot
 * showing connected while Google's last Gmail activity for HubSpot is 90 days old — each get the
 * right verdict, timeline and fix in the side panel and on the support page; a Microsoft tenant
 * without Entra ID P1/P2 says so; the portal report (JSON, CSV, HTML) has every finding and no
 * token of the world or of the extension's store; the chart reads 30 days. Screenshots of the
 * timeline and the chart go to .e2e-artifacts/history-e2e-ts/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import '../lib/i18n/all-locales';
import { createTranslator, type Locale } from '../lib/i18n';
import { useExtensionBrowser } from './harness/fixture';
import { readCredentials, waitFor } from './pages/auth-options.page';
import { ADDRESSES, HUBSPOT_TOKEN, bringWorldIn, downloaded, downloadsInto, historyWorld, readMeta, readStore, seedPastSnapshots, ui, type HistoryWorld } from './pages/history.page';

const verdict = (code: string) => `[data-testid="verdict"][data-code="${code}"]`;
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

/** The day as the user's language writes it, with the year when it is not this one. */
function day(iso: string, locale: Locale): string {
  const sameYear = new Date(iso).getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(locale, sameYear ? DATE : { ...DATE, year: 'numeric' }).format(new Date(iso));
}

async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  await page.waitForSelector('select[name=language]', ui);
  await page.select('select[name=language]', locale);
  const heading = createTranslator(locale)('options.language.heading');
  await page.waitForFunction((text) => document.querySelector('#language-heading')?.textContent === text, ui, heading);
}

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent ?? '');
}

describe('connection history for support', () => {
  const ctx = useExtensionBrowser();
  let world: HistoryWorld;

  beforeAll(async () => {
    world = await historyWorld();
    await bringWorldIn(ctx.eb, ctx.sandbox, world);
  });

  async function panelOn(address: string): Promise<Page> {
    const panel = await ctx.eb.openExtensionPage('sidepanel', `mailbox=${encodeURIComponent(address)}`);
    await panel.waitForSelector('[data-testid="history-section"] [data-testid="verdicts"]', ui);
    return panel;
  }

  async function checkVerdicts(locale: Locale): Promise<void> {
    const t = createTranslator(locale);
    const options = await ctx.eb.openExtensionPage('options');
    await chooseLanguage(options, locale);
    await options.close();

    const removed = await panelOn(ADDRESSES.removed);
    const title = await text(removed, `${verdict('google-access-removed')} [data-testid="verdict-title"]`);
    expect(title).toBe(t('history.verdict.google-access-removed.by-user', { date: day(world.revokedAt, locale) }));
    expect(await removed.$eval(verdict('google-access-removed'), (el) => (el as HTMLElement).dataset.fix)).toBe('reconnect');
    expect(await text(removed, `${verdict('google-access-removed')} [data-testid="verdict-fix"]`)).toBe(t('history.fix.reconnect', { provider: 'Google' }));
    expect(await removed.$(`[data-testid="verdicts"] > [data-testid="reconnect"][data-provider="google"]`)).not.toBeNull();
    const kinds = await removed.$$eval('[data-testid="timeline-entry"]', (entries) => entries.map((e) => `${(e as HTMLElement).dataset.side}:${(e as HTMLElement).dataset.kind}:${(e as HTMLElement).dataset.how}`));
    expect(kinds).toContain('google:google-revoke:token-audit');
    expect(kinds).toContain('hubspot:crm-connected-error:observed');

    const idle = await panelOn(ADDRESSES.idle);
    expect(await text(idle, `${verdict('gmail-idle')} [data-testid="verdict-title"]`)).toBe(t('history.verdict.gmail-idle', { date: day(world.lastGmailUseAt, locale) }));
    expect(await idle.$eval(verdict('gmail-idle'), (el) => (el as HTMLElement).dataset.fix)).toBe('reconnect');

    const failing = await panelOn(ADDRESSES.failing);
    const reason = t('history.aadsts.50173');
    expect(await text(failing, `${verdict('microsoft-sign-ins-failing')} [data-testid="verdict-title"]`)).toBe(
      t('history.verdict.microsoft-sign-ins-failing', { date: day(world.firstFailureAt, locale), count: 3, reason, code: '50173' }));
    expect(await failing.$(`[data-testid="verdicts"] > [data-testid="reconnect"][data-provider="microsoft365"]`)).not.toBeNull();
    const failures = await failing.$$eval('[data-testid="timeline-entry"][data-kind="microsoft-sign-in-failed"]', (entries) => entries.map((e) => (e as HTMLElement).dataset.how));
    expect(failures).toEqual(['sign-in-log-beta', 'sign-in-log-beta', 'sign-in-log-beta']);

    const unlicensed = await panelOn(ADDRESSES.unlicensed);
    const licence = await unlicensed.$eval('[data-testid="history-source"][data-source="microsoft-sign-ins"]', (el) => ({ state: (el as HTMLElement).dataset.state, text: el.textContent }));
    expect(licence.state).toBe('needs-licence');
    expect(licence.text).toContain(t('history.licence.entra-id-p1'));
    expect(licence.text).toContain('Authentication_RequestFromNonPremiumTenantOrB2CTenant');

    const departed = await panelOn(ADDRESSES.departed);
    expect(await text(departed, `${verdict('deactivated-user-live-channel')} [data-testid="verdict-title"]`)).toContain(t('history.verdict.deactivated-user-live-channel.deactivated-by', {
      date: day((world.scenario.hubspotActivity ?? [])[0]!.at, locale), actor: 'greta.admin@nordwind.example', channel: "Karl's support line",
    }));
    await ctx.eb.screenshot(removed, `timeline-side-panel-${locale}`);
    for (const page of [removed, idle, failing, unlicensed, departed]) {
      expect(ctx.eb.consoleErrors(page)).toEqual([]);
      await page.close();
    }

    const full = await ctx.eb.openExtensionPage('support', `address=${encodeURIComponent(ADDRESSES.failing)}`);
    await full.waitForSelector(`[data-testid="history-page"] ${verdict('microsoft-sign-ins-failing')}`, ui);
    expect(await full.$$eval('[data-testid="timeline-entry"]', (entries) => entries.length)).toBeGreaterThan(5);
    await ctx.eb.screenshot(full, `timeline-page-${locale}`);
    await full.close();
  }

  it('English: the right verdict, timeline and fix for each stale mailbox; the unlicensed tenant in words', async () => {
    await checkVerdicts('en');
  });

  it('German: the same verdicts in German, dates as German writes them', async () => {
    await checkVerdicts('de');
  });

  it('the portal report holds every finding and no token; Copy for support puts a summary on the clipboard', async () => {
    const options = await ctx.eb.openExtensionPage('options');
    await chooseLanguage(options, 'en');
    const folder = await downloadsInto(options);
    const section = '[data-testid="options-support"] [data-testid="report-actions"][data-scope="portal"]';
    await (await options.waitForSelector(`${section} [data-testid="report-json"]`, ui))?.click();
    const json = await downloaded(folder, /^inboxlink-support-portal-.*\.json$/);
    await (await options.waitForSelector(`${section} [data-testid="report-csv"]:not([disabled])`, ui))?.click();
    const csv = await downloaded(folder, /\.csv$/);
    await (await options.waitForSelector(`${section} [data-testid="report-html"]:not([disabled])`, ui))?.click();
    const html = await downloaded(folder, /\.html$/);

    const findings = await readStore<{ id: string }>(ctx.eb, 'findings');
    expect(findings.length).toBeGreaterThan(0);
    const report = JSON.parse(json.text) as { findings: { id: string }[]; verdicts: { code: string; subject: string }[]; correlationIds: string[]; environment: { extensionVersion: string; browser: string } };
    expect(report.findings.map((f) => f.id).sort()).toEqual(findings.map((f) => f.id).sort());
    expect(report.verdicts.map((v) => `${v.code}:${v.subject}`)).toEqual(expect.arrayContaining([
      `google-access-removed:${ADDRESSES.removed}`, `gmail-idle:${ADDRESSES.idle}`, `microsoft-sign-ins-failing:${ADDRESSES.failing}`,
    ]));
    expect(report.environment.extensionVersion).toMatch(/^\d+\.\d+/);
    for (const finding of findings) expect(csv.text).toContain(finding.id);
    expect(html.text).toContain('<!doctype html>');
    expect(html.text).toContain('@media print');

    const stored = (await readCredentials(await ctx.eb.worker())).flatMap((c) => [c.accessToken, c.refreshToken ?? '']).filter((token) => token.length >= 8);
    const worldTokens = (world.scenario.tokens?.hubspot ?? []).map((token) => token.token);
    expect(worldTokens).toContain(HUBSPOT_TOKEN);
    expect(stored.length).toBeGreaterThanOrEqual(4);
    for (const token of [...worldTokens, ...stored]) {
      for (const file of [json, csv, html]) expect(file.text.includes(token), `${file.name} holds a token`).toBe(false);
    }

    await ctx.eb.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${ctx.eb.extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await options.bringToFront();
    await (await options.waitForSelector(`${section} [data-testid="copy-for-support"]:not([disabled])`, ui))?.click();
    await options.waitForFunction((selector, wanted) => document.querySelector(selector)?.textContent === wanted, ui, `${section} [data-testid="report-notice"]`, createTranslator('en')('history.copied'));
    const clipboard = await options.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain('Inboxlink support report — The whole portal');
    expect(clipboard).toContain(ADDRESSES.failing);
    for (const token of [...worldTokens, ...stored]) expect(clipboard.includes(token)).toBe(false);
    expect(ctx.eb.consoleErrors(options)).toEqual([]);
    await options.close();
  });

  it('portal health: mailboxes per status now and over 30 days, as an SVG a screen reader can read, and the top findings', async () => {
    await seedPastSnapshots(ctx.eb);
    const page = await ctx.eb.openExtensionPage('support');
    await page.waitForSelector('[data-testid="status-chart"][data-days="30"]', ui);
    const svg = await page.$eval('[data-testid="status-chart"] svg', (el) => ({ role: el.getAttribute('role'), labelledBy: el.getAttribute('aria-labelledby'), title: el.querySelector('title')?.textContent, desc: el.querySelector('desc')?.textContent, bars: el.querySelectorAll('rect').length }));
    expect(svg.role).toBe('img');
    expect(svg.labelledBy?.split(' ')).toHaveLength(2);
    expect(svg.title).toBe('Mailboxes per status, last 30 days');
    expect(svg.desc).toMatch(/Broken: \d+/);
    expect(svg.bars).toBeGreaterThan(30);
    const counts = await page.$$eval('[data-testid="health-counts"] li', (items) => Object.fromEntries(items.map((li) => [(li as HTMLElement).dataset.status, Number((li as HTMLElement).dataset.count)])));
    expect(counts.broken).toBeGreaterThanOrEqual(2);
    expect(await page.$$('[data-testid="top-finding"]')).not.toHaveLength(0);
    await ctx.eb.screenshot(page, 'portal-health-chart');

    // The alert: the admin allows notifications (the browser's prompt, granted here over CDP) and
    // sets 20 %: 2 of 5 mailboxes are broken, so one notification now, and no second one today.
    await ctx.eb.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${ctx.eb.extensionId}`, ['notifications']);
    await page.select('[data-testid="health-alert-percent"]', '20');
    await page.waitForFunction(() => document.querySelector('[data-testid="health-alert"] [role="status"]')?.textContent === 'Saved.', ui);
    const shown = async () => (await ctx.eb.worker()).evaluate(async () => {
      const scope = self as unknown as { registration: { getNotifications(filter: object): Promise<{ title: string; body: string }[]> } };
      return (await scope.registration.getNotifications({ tag: 'inboxlink-health' })).map((n) => `${n.title} | ${n.body}`);
    });
    expect(await shown()).toEqual(['Inboxlink: mailboxes need attention | 2 of 5 mailboxes are “Broken” or “Half-unlinked” (40%).']);
    const firstAlert = await readMeta<string>(ctx.eb, 'healthAlertAt');
    expect(firstAlert).toBeTruthy();
    await page.select('[data-testid="health-alert-percent"]', '10');
    await waitFor(() => readMeta<{ healthAlertPercent?: number }>(ctx.eb, 'settings'), (settings) => settings?.healthAlertPercent === 10);
    expect(await readMeta<string>(ctx.eb, 'healthAlertAt')).toBe(firstAlert);
    expect(await shown()).toHaveLength(1);
    expect(ctx.eb.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
