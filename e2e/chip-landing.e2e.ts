import { expect, it } from 'vitest';
import { mailPages } from './harness/contract';
import { useExtensionBrowser } from './harness/fixture';
import { clickChip, panelOpenCalls, recordPanelOpens, sidePanelOpenedBy, tabMailboxes } from './pages/chip-landing.page';
import { readChip } from './pages/mail-tab.page';

/**
 * Issue 6: "Starting a plan from the popup or the chip lands here." A click on the status chip
 * in Gmail asks the background to open the side panel on that tab, and the panel opens on the
 * detail of the mailbox the chip is about: checked on the panel Chromium rendered, never on a
 * sidepanel.html the test opened itself.
 */
const ctx = useExtensionBrowser();

it('clicking the Gmail chip opens the side panel on that mailbox’s detail', async () => {
  const gmail = await ctx.eb.newPage(mailPages.gmail);
  await readChip(gmail);
  const worker = await ctx.eb.worker();
  const reported = await tabMailboxes(worker);
  expect(reported).toHaveLength(1);
  const [{ tabId, address }] = reported as [{ tabId: number; address: string }];
  await recordPanelOpens(worker);

  const panel = await sidePanelOpenedBy(ctx.eb, () => clickChip(gmail));

  expect(await panelOpenCalls(worker)).toEqual([{ target: { tabId }, outcome: 'ok' }]);
  const detail = await panel.waitForSelector(`[data-testid="mailbox-detail"][data-address="${address}"]`, { timeout: 15_000 });
  expect(await detail?.evaluate((el) => el.getAttribute('data-inboxlink-status'))).toBeTruthy();
  expect(await panel.$eval('[data-testid="sidepanel"]', (el) => el.getAttribute('data-view'))).toBe('detail');
  await ctx.eb.screenshot(panel, 'sidepanel-landed');
  expect(ctx.eb.consoleErrors(gmail).filter((error) => !/favicon\.ico/.test(error))).toEqual([]);
  expect(ctx.eb.consoleErrors(panel)).toEqual([]);
});
