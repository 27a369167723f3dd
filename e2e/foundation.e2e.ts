import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import { readChip } from './pages/mail-tab.page';
import { mailPages, selectors, storeContract } from './harness/contract';
import { readRecords } from './harness/extension-db';
import { chromeBuildDir, firefoxBuildDir } from './harness/paths';
import type { Scenario } from './harness/sandbox';

const ctx = useExtensionBrowser();
const uiTimeout = { timeout: 15_000 };

describe('extension pages', () => {
  for (const name of ['popup', 'sidepanel', 'options'] as const) {
    it(`${name} renders its root without console errors`, async () => {
      const page = await ctx.eb.openExtensionPage(name);
      await page.waitForSelector(selectors.pageRoot(name), uiTimeout);
      await ctx.eb.screenshot(page, name);
      expect(ctx.eb.consoleErrors(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('inbox content script', () => {
  for (const [mailbox, url] of Object.entries(mailPages)) {
    it(`adds its status chip on ${mailbox} (${new URL(url).host})`, async () => {
      const original = await ctx.sandbox.state();
      // outlook.live.com signs in Outlook.com accounts only, outlook.office.com work accounts only.
      if (mailbox === 'outlookPersonal') await ctx.sandbox.putState(withOutlookComSignedIn(original));
      try {
        const page = await ctx.eb.newPage(url);
        const chip = await readChip(page, uiTimeout.timeout);
        expect(chip.status).toBeTruthy();
        await ctx.eb.screenshot(page, mailbox);
        await page.close();
      } finally {
        if (mailbox === 'outlookPersonal') await ctx.sandbox.putState(original);
      }
    });
  }
});

describe('round trip: content script → background → IndexedDB → popup', () => {
  it('shows the Gmail address seen in the tab as a mailbox row', async () => {
    const address = (await ctx.sandbox.state()).signedIn?.gmail;
    expect(address, 'the demo scenario signs a Gmail user in').toBeTruthy();
    if (!address) return;

    const gmail = await ctx.eb.newPage(mailPages.gmail);
    await gmail.waitForSelector(selectors.inboxChip, uiTimeout);

    const popup = await ctx.eb.openExtensionPage('popup');
    await popup.waitForSelector(selectors.mailboxRow(address), uiTimeout);
    await ctx.eb.screenshot(popup, 'popup-with-mailbox');

    const worker = await ctx.eb.worker();
    // Serialised, for a text search: the address is somewhere in what the store kept.
    const stored = JSON.stringify(await readRecords(worker, storeContract.observations));
    expect(stored).toContain(address);
    await Promise.all([gmail.close(), popup.close()]);
  });
});

describe('build output', () => {
  it('the Chrome manifest declares the side panel, the service worker and five locales', async () => {
    const manifest = JSON.parse(await readFile(path.join(chromeBuildDir, 'manifest.json'), 'utf8')) as {
      side_panel?: { default_path?: string };
      background?: { service_worker?: string };
      default_locale?: string;
    };
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.background?.service_worker).toBe('background.js');
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'de', 'nl', 'sv', 'pl']) {
      const messages = JSON.parse(await readFile(path.join(chromeBuildDir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
      expect(messages, `_locales/${locale}`).toHaveProperty('extName');
    }
  });

  it('the Firefox build exists', async () => {
    expect((await stat(path.join(firefoxBuildDir, 'manifest.json'))).isFile()).toBe(true);
    expect((await stat(path.join(firefoxBuildDir, 'background.js'))).isFile()).toBe(true);
  });
});

/** The same world with the scenario's first Outlook.com mailbox signed in to Outlook on the web. */
function withOutlookComSignedIn(scenario: Scenario): Scenario {
  const outlookCom = scenario.personalInboxes?.find((inbox) => inbox.provider === 'outlook')?.address;
  expect(outlookCom, 'the scenario has an Outlook.com mailbox').toBeTruthy();
  return { ...scenario, signedIn: { ...scenario.signedIn, outlook: outlookCom } };
}

