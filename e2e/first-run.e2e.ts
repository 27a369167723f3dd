/**
 * First run in Chromium: a fresh install opens the welcome page by itself, in the browser's
 * language (this Chromium runs in German), saying what Inboxlink needs and why, what each
 * permission is for, and linking the privacy page; the options link the privacy page too.
 */
import { describe, expect, it } from 'vitest';
import { firstrunDe } from '../lib/i18n/locales/firstrun/de';
import { useExtensionBrowser } from './harness/fixture';

const ctx = useExtensionBrowser({ locale: 'de', keepWelcome: true });
const ui = { timeout: 15_000 };

describe('first run', () => {
  it('opens the welcome page on install, in the browser\'s language, with the needs, every permission and the privacy link', async () => {
    const target = await ctx.eb.browser.waitForTarget((t) => t.url() === `${ctx.eb.extensionOrigin}welcome.html`, ui);
    const welcome = await target.page();
    if (!welcome) throw new Error('the welcome tab has no page');
    await welcome.waitForSelector('[data-testid="welcome"]', ui);
    const text = await welcome.$eval('[data-testid="welcome"]', (el) => el.textContent ?? '');
    expect(text).toContain(firstrunDe['welcome.title']);
    expect(text).toContain(firstrunDe['welcome.needs.hubspot']);
    const permissions = await welcome.$$eval('[data-testid="welcome-permissions"] li', (items) => items.map((li) => li.textContent));
    expect(permissions).toEqual(Object.entries(firstrunDe).filter(([key]) => key.startsWith('welcome.permission.')).map(([, value]) => value));
    await welcome.bringToFront();
    await ctx.eb.screenshot(welcome, 'welcome-de');

    await Promise.all([welcome.waitForNavigation(), welcome.click('[data-testid="privacy-link"]')]);
    await welcome.waitForSelector('[data-testid="privacy"]', ui);
    expect(await welcome.$eval('[data-testid="privacy-sent"]', (el) => el.textContent ?? '')).toContain(firstrunDe['privacy.sent.body']);
    await ctx.eb.screenshot(welcome, 'privacy-de');
    await welcome.close();
  });

  it('the options page links the privacy page', async () => {
    const options = await ctx.eb.openExtensionPage('options');
    const href = await (await options.waitForSelector('[data-testid="privacy-link"]', ui))?.evaluate((el) => (el as HTMLAnchorElement).href);
    expect(href).toBe(`${ctx.eb.extensionOrigin}privacy.html`);
    await options.close();
  });
});
