import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../sandbox/core/scenario';
import { gmailHost } from '../../sandbox/hosts/gmail';
import { outlookHost } from '../../sandbox/hosts/outlook';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server';

// In Chromium, through the same resolver rules and SPKI pinning the e2e suite uses: proves the
// certificate is accepted and the pages' in-page navigation works.
vi.mock('../../sandbox/hosts/index', () => ({ hostModules: [] }));

const scenario: Scenario = {
  portal: { id: 3, name: 'Browser' },
  users: [{ id: '1', email: 'ana@work.example', firstName: 'Ana', lastName: 'Souza <b>' }],
  signedIn: { gmail: 'ana@work.example', outlook: 'ana@work.example' },
};

let server: SandboxServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSandboxServer(scenario, { modules: [gmailHost, outlookHost] });
  const rules = [...server.hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(',');
  browser = await puppeteer.launch({
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', `--host-resolver-rules=${rules}`,
      `--ignore-certificate-errors-spki-list=${server.spki}`],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('mail pages in Chromium', () => {
  it('Gmail switches title between #inbox and #sent without reloading', async () => {
    const page = await browser.newPage();
    await page.goto('https://mail.google.com/');
    expect(page.url()).toBe('https://mail.google.com/mail/u/0/');
    expect(await page.title()).toBe('Inbox (3) - ana@work.example - Gmail');
    const account = await page.$eval('[aria-label^="Google Account:"]', (el) => el.getAttribute('aria-label'));
    expect(account).toBe('Google Account: Ana Souza <b>\n  (ana@work.example)');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.click('nav a[href="#sent"]');
    await page.waitForFunction(() => document.title.startsWith('Sent Mail'));
    await page.click('nav a[href="#inbox"]');
    await page.waitForFunction(() => document.title.startsWith('Inbox'));
    // A click on a message opens it: its subject comes first in the title.
    await page.click('tr[data-open="inbox/0"]');
    await page.waitForFunction(() => !document.title.startsWith('Inbox'));
    expect(await page.title()).toMatch(/^Quarterly review: agenda - ana@work\.example - Gmail$/);
    await page.click('nav a[href="#sent"]');
    await page.waitForFunction(() => document.title.startsWith('Sent Mail'));
    expect(await page.title()).toBe('Sent Mail - ana@work.example - Gmail');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.$eval('section[data-route="inbox"]', (el) => (el as HTMLElement).hidden)).toBe(true);
    await page.close();
  });

  it('Outlook switches folders by pushState and opens the account flyout', async () => {
    const page = await browser.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    expect(await page.title()).toBe('Mail - Ana Souza <b> - Outlook');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.click('nav a[data-folder="sentitems"]');
    expect(page.url()).toBe('https://outlook.office.com/mail/sentitems');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await page.$eval('[role=listbox][data-folder="sentitems"]', (el) => (el as HTMLElement).hidden)).toBe(false);
    // The new header's flyout, with the address, exists only once the account control is opened.
    expect(await page.$('#mectrl_currentAccount_secondary')).toBeNull();
    await page.click('#owa-me-control-container button[aria-label="Ana Souza <b>"]');
    const address = await page.waitForSelector('#mectrl_main_body #mectrl_currentAccount_secondary', { timeout: 5_000 });
    expect(await address?.evaluate((el) => el.textContent)).toBe('ana@work.example');
    await page.goBack();
    expect(page.url()).toBe('https://outlook.office.com/mail/inbox');
    expect(await page.$eval('[role=listbox][data-folder="inbox"]', (el) => (el as HTMLElement).hidden)).toBe(false);
    await page.close();
  });
  it('a staged rollout re-renders the header after load: Gmail’s 2019 bar becomes the 2016 header, Outlook’s classic the new one (its control still opens the flyout)', async () => {
    // Long enough that the page is read before the rollout even on a loaded machine (at 300 ms the
    // header had already changed when goto returned); the waits below allow for it.
    const afterMs = 3_000;
    scenario.mailPages = { gmail: { rollout: { header: 'title-2016', afterMs } }, outlook: { header: 'classic-m365', rollout: { header: 'new-2024', afterMs } } };
    try {
      const gmail = await browser.newPage();
      await gmail.goto('https://mail.google.com/mail/u/0/');
      expect(await gmail.$('header#gb[role="banner"] a.account[aria-label]')).not.toBeNull();
      const title = await gmail.waitForSelector('div#gb a.account[title]', { timeout: afterMs + 10_000 });
      expect(await title?.evaluate((el) => el.getAttribute('title'))).toBe('Google Account: Ana Souza <b>\n(ana@work.example)');
      expect(await gmail.$('[role="banner"]')).toBeNull();
      await gmail.close();

      const outlook = await browser.newPage();
      await outlook.goto('https://outlook.office.com/mail/inbox');
      expect(await outlook.$('#mectrl_main_trigger')).not.toBeNull();
      const control = await outlook.waitForSelector('#owa-me-control-container button', { timeout: afterMs + 10_000 });
      expect(await outlook.$('#mectrl_main_trigger')).toBeNull();
      await control?.click();
      const address = await outlook.waitForSelector('#mectrl_main_body #mectrl_currentAccount_secondary', { timeout: 5_000 });
      expect(await address?.evaluate((el) => el.textContent)).toBe('ana@work.example');
      await outlook.close();
    } finally {
      delete scenario.mailPages;
    }
  }, 60_000);
});
