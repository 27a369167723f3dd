import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '../lib/i18n';
import '../lib/i18n/all-locales';
import { useExtensionBrowser } from './harness/fixture';

/**
 * Extension pages load only their language's strings (lib/i18n/load-locale): choosing another
 * language in the options must still switch the options page and an already open popup live,
 * once the new language's catalog file has loaded.
 */
const ctx = useExtensionBrowser();
const uiTimeout = { timeout: 15_000 };

// Polled on a timer, not puppeteer's default animation frames: the popup waits in a background
// tab while the options page is in front, and a hidden tab runs no animation frames, so a
// frame-polled check could miss a switch that has happened.
async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted: string, want: string) => document.querySelector(wanted)?.textContent?.includes(want) === true,
    { ...uiTimeout, polling: 100 },
    selector,
    text,
  );
}

async function chooseLanguage(options: Page, locale: Locale): Promise<void> {
  await options.bringToFront();
  await options.select('select[name=language]', locale);
  await waitForText(options, '#language-heading', createTranslator(locale)('options.language.heading'));
}

describe('changing the language in the options', () => {
  it('switches the options page and an open popup to the new language', async () => {
    const base = `chrome-extension://${ctx.eb.extensionId}`;
    const options = await ctx.eb.newPage(`${base}/options.html`);
    await options.waitForSelector('#language-heading', uiTimeout);

    await chooseLanguage(options, 'sv');
    const popup = await ctx.eb.newPage(`${base}/popup.html`);
    await waitForText(popup, '#app', createTranslator('sv')('popup.allMailboxes'));

    await chooseLanguage(options, 'de');
    await waitForText(popup, '#app', createTranslator('de')('popup.allMailboxes'));
    expect(await popup.$eval('#app', (root) => root.textContent)).not.toContain(createTranslator('sv')('popup.allMailboxes'));
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
  });
});
