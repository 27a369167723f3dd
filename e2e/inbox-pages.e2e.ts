import type { Page } from 'puppeteer';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../lib/i18n';
import '../lib/i18n/all-locales';
import type { Scenario } from '../sandbox/core/scenario';
import { attribute, findNode, withChipButton, type CdpNode } from './harness/chip-dom';
import { selectors } from './harness/contract';
import { useExtensionBrowser } from './harness/fixture';
import { waitForDriftReport } from './pages/chip-hint.page';
import { chipCount, readChip, readDriftReports } from './pages/mail-tab.page';
import { accountMenuOpened, mailboxRecord, waitForTabRecord, withMailPages, type TabRecord } from './pages/mail-variants.page';
import { readObservations } from './pages/observations.page';

/**
 * Issue 11 (and 18, item 3): the address reader on the sandbox's variants of the real Gmail and
 * Outlook pages (../shared/reference/mail-pages.md) — old and new headers, localised labels,
 * several accounts, a delegated mailbox, a shared mailbox, a message whose subject names another
 * address, a path a link set, a popout — gives the right mailbox (the tab's record, what the chip
 * is about) or says honestly that it could not read the page (no chip, the popup says so).
 */
const ctx = useExtensionBrowser();
const worker = () => ctx.eb.worker();
let base: Scenario;
let open: Page | undefined;

const JOERG = 'joerg.mueller@nordlicht.example';
const KATRIN = 'katrin.sommer@nordlicht.example';
const LARS = 'lars.andersson@nordlicht-nordic.example';
const pageErrors = (page: Page) => ctx.eb.consoleErrors(page).filter((error) => !/favicon\.ico/.test(error));

beforeAll(async () => {
  base = await ctx.sandbox.state();
});
afterEach(async () => {
  // Closing the tab drops its record: each test sees only its own.
  await open?.close();
  open = undefined;
});

/** Opens `url` on `world` and waits for the tab's report. */
async function visit(world: Scenario, url: string, shot: string): Promise<{ page: Page; record: TabRecord }> {
  await ctx.sandbox.putState(world);
  open = await ctx.eb.newPage(url);
  const record = await waitForTabRecord(worker);
  await ctx.eb.screenshot(open, shot);
  return { page: open, record };
}

/** The accessible name of the chip's second status button (the account beside the mailbox), '' when hidden. */
async function besideShown(page: Page): Promise<string> {
  await readChip(page);
  return withChipButton(page, async ({ host }) => {
    const hasHidden = (node: CdpNode) => (node.attributes ?? []).some((value, index) => index % 2 === 0 && value === 'hidden');
    const beside = findNode(host, (node) => node.localName === 'button' && attribute(node, 'class') === '');
    return beside && !hasHidden(beside) ? attribute(beside, 'aria-label') : '';
  });
}

describe('Gmail', () => {
  it('2019 bar: the account button’s address, the chip in the header', async () => {
    const { page, record } = await visit(withMailPages(base, { gmail: { header: 'bar-2019' } }), 'https://mail.google.com/mail/u/0/#inbox', 'gmail-2019');
    expect(record).toMatchObject({ address: JOERG });
    expect(record.signedInAs).toBeUndefined();
    expect(await page.$eval(selectors.inboxChip, (host) => host.parentElement?.className)).toBe('gb-right');
    expect(pageErrors(page)).toEqual([]);
  });

  it('2016 header (title attribute outside any banner), a German prefix and an en dash title', async () => {
    const world = withMailPages(base, { gmail: { header: 'title-2016', accountPrefix: 'Google-Konto', titleSeparator: '–' } });
    const { record } = await visit(world, 'https://mail.google.com/mail/u/0/#inbox', 'gmail-2016-de');
    expect(record).toMatchObject({ address: JOERG });
  });

  it('several accounts: /mail/u/1/ is the second account, not the default listed first', async () => {
    const { record } = await visit(withMailPages(base, { gmail: { otherAccounts: [KATRIN] } }), 'https://mail.google.com/mail/u/1/#inbox', 'gmail-u1');
    expect(record).toMatchObject({ address: KATRIN });
  });

  it('a delegated mailbox: the mailbox shown and the delegate signed in, both on the tab and in the chip', async () => {
    const world = withMailPages(base, { gmail: { delegated: [{ id: '4711', address: 'sales@nordlicht.example' }] } });
    const { page, record } = await visit(world, 'https://mail.google.com/mail/b/4711/u/0/#inbox', 'gmail-delegated');
    expect(record).toEqual({ tabId: record.tabId, address: 'sales@nordlicht.example', signedInAs: JOERG });
    const t = createTranslator('en');
    expect(await besideShown(page)).toBe(t('chip.signedInAs', { address: JOERG, label: t('chip.label', { status: t('status.unknown') }) }));
    // The popup names both too: the mailbox shown, and the account signed in beside it with its status.
    const popup = await ctx.eb.openExtensionPage('popup', `tab=${record.tabId}`);
    await popup.waitForSelector('[data-testid="popup-address"]', { timeout: 10_000 });
    const beside = await popup.waitForSelector(`[data-testid="popup-signed-in-as"][data-address="${JOERG}"]`, { timeout: 10_000 });
    expect(await popup.$eval('[data-testid="popup-address"]', (el) => el.textContent)).toBe('sales@nordlicht.example');
    expect(await beside?.evaluate((el) => el.textContent)).toContain(t('chip.signedInAsAccount', { address: JOERG }));
    await ctx.eb.screenshot(popup, 'gmail-delegated-popup');
    await popup.close();
  });

  it('a message whose subject names another address: the tab’s mailbox stays the signed-in one, nothing is recorded for that address', async () => {
    const bob = 'bob@prospect.example';
    const world = withMailPages(base, { gmail: { messages: [{ subject: `New lead - ${bob}`, from: { name: `Bob (${bob})`, address: bob }, body: `Reach me at ${bob}` }] } });
    const { page, record } = await visit(world, 'https://mail.google.com/mail/u/0/#inbox/0', 'gmail-subject');
    expect(await page.title()).toBe(`New lead - ${bob} - ${JOERG} - Gmail`);
    expect(record).toMatchObject({ address: JOERG });
    expect(await mailboxRecord(await worker(), bob)).toBeUndefined();
    expect((await readObservations(await worker())).filter((o) => o.address === bob)).toEqual([]);
  });
});

describe('Outlook on the web', () => {
  it.each([
    ['new-2024', 'https://outlook.office.com/mail/'],
    ['classic-m365', 'https://outlook.office365.com/mail/inbox'],
    ['older-o365', 'https://outlook.office.com/mail/'],
  ] as const)('%s header (display name only): the launcher’s login_hint, no menu opened', async (header, url) => {
    const { page, record } = await visit(withMailPages(base, { outlook: { header } }), url, `outlook-${header}`);
    expect(record).toMatchObject({ address: LARS });
    await readChip(page);
    expect(await accountMenuOpened(page)).toBe(false);
    expect(await page.$('#mectrl_main_body:not([hidden])')).toBeNull();
  });

  it('consumer /mail/0/ on outlook.live.com: the folder pane’s mailbox root', async () => {
    const world = withMailPages(base, { outlook: { header: 'new-2024' } }, { outlook: 'sam.okafor@outlook.com' });
    const { record } = await visit(world, 'https://outlook.live.com/mail/0/', 'outlook-consumer');
    expect(record).toMatchObject({ address: 'sam.okafor@outlook.com' });
  });

  it('a shared mailbox opened in the tab: that mailbox, with the account signed in beside it', async () => {
    const shared = 'support@nordlicht-nordic.example';
    const world = withMailPages(base, { outlook: { shared: [shared] } });
    const { page, record } = await visit(world, `https://outlook.office.com/mail/${shared}/inbox`, 'outlook-shared');
    expect(record).toEqual({ tabId: record.tabId, address: shared, signedInAs: LARS });
    expect(await besideShown(page)).toContain(LARS);
  });
});

describe('a layout that changes after load', () => {
  it('Gmail’s bar re-rendered as the 2016 header: re-read, a private drift report names the vanished account button, the chip moves to the new header', async () => {
    const since = new Date().toISOString();
    const world = withMailPages(base, { gmail: { rollout: { header: 'title-2016', afterMs: 1_500 } } });
    const { page, record } = await visit(world, 'https://mail.google.com/mail/u/0/#inbox', 'gmail-rollout-before');
    expect(record).toMatchObject({ address: JOERG });
    const report = await waitForDriftReport(worker, 'mail.google.com', since);
    expect(report.missing).toEqual(['account-button']);
    expect(report.skeleton).not.toContain(JOERG);
    // The old bar took the chip with it: it is placed again beside the new header's account link.
    await page.waitForFunction((chip) => document.querySelector(chip)?.closest('div#gb') !== null && !document.querySelector('[role="banner"]'), { timeout: 10_000 }, selectors.inboxChip);
    await ctx.eb.screenshot(page, 'gmail-rollout-after');
    expect(await waitForTabRecord(worker)).toMatchObject({ address: JOERG });
    expect((await readChip(page)).status).toBe('unknown');
    expect(pageErrors(page)).toEqual([]);
  });

  it('Outlook’s classic header replaced by the new one: the same mailbox, the chip beside the new account control, no menu opened', async () => {
    const world = withMailPages(base, { outlook: { header: 'classic-m365', rollout: { header: 'new-2024', afterMs: 1_500 } } });
    const { page, record } = await visit(world, 'https://outlook.office.com/mail/', 'outlook-rollout-before');
    expect(record).toMatchObject({ address: LARS });
    await page.waitForFunction((chip) => document.querySelector(chip)?.parentElement?.querySelector(':scope > #owa-me-control-container') != null, { timeout: 10_000 }, selectors.inboxChip);
    await ctx.eb.screenshot(page, 'outlook-rollout-after');
    expect(await page.$('#mectrl_main_trigger')).toBeNull();
    expect(await waitForTabRecord(worker)).toMatchObject({ address: LARS });
    expect(await accountMenuOpened(page)).toBe(false);
  });
});

describe('could not read the page', () => {
  it.each([
    ['a path a link set to an address the page does not show', 'https://outlook.office.com/mail/bob@prospect.example/inbox', true],
    ['a popout, which shows no account', 'https://outlook.office.com/mail/deeplink/compose', false],
  ] as const)('%s: no chip, and the popup says it could not read the page', async (_what, url, drift) => {
    const since = new Date().toISOString();
    const { page, record } = await visit(base, url, 'unreadable');
    expect(record).toMatchObject({ unreadable: true });
    expect(await chipCount(page)).toBe(0);
    const reports = (await readDriftReports(await worker(), 'inboxlink')).filter((r) => r.at >= since);
    expect(reports.length > 0, 'a drift report only where the page should have shown an account').toBe(drift);
    expect(await mailboxRecord(await worker(), 'bob@prospect.example')).toBeUndefined();
    const popup = await ctx.eb.openExtensionPage('popup', `tab=${record.tabId}`);
    const notice = await popup.waitForSelector('[data-testid="unreadable-tab"]', { timeout: 10_000 });
    expect(await notice?.evaluate((el) => el.textContent)).toBe(createTranslator('en')('ui.popup.unreadable'));
    await ctx.eb.screenshot(popup, 'unreadable-popup');
    await popup.close();
  });
});
