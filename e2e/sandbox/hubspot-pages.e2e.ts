import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { labelTables, type Labels } from '../../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from '../harness/aria';
import { useExtensionBrowser } from '../harness/fixture';
import { repoRoot } from '../harness/paths';

/**
 * HubSpot's pages as the sandbox serves them, clicked through in a real Chromium the way the
 * guide will find things: by ARIA role and visible label, in the page's language. Each flow checks
 * the world through the sandbox's /state, which is what the HubSpot API derives its answers from.
 */
const SCENARIO_FILE = 'sandbox/scenarios/hubspot-pages.json';
const ctx = useExtensionBrowser({ scenario: SCENARIO_FILE, extension: false });
const P = 4242;
const APP = 'https://app.hubspot.com';
const fresh = (): Scenario => JSON.parse(readFileSync(path.join(repoRoot, SCENARIO_FILE), 'utf8')) as Scenario;

const find = findByRole;

async function row(page: Page, selector: string): Promise<ElementHandle> {
  const found = await page.waitForSelector(selector, { timeout: 10_000 });
  if (!found) throw new Error(`no row ${selector}`);
  await found.hover();
  return found;
}

const alertText = (page: Page) =>
  page.$$eval('[role=alert]', (alerts) => alerts.map((a) => a.textContent ?? '').join(' ').trim());
const userStatus = (s: Scenario, id: string) => s.users.find((u) => u.id === id)?.status;
/** Refusals answer 4xx, which Chromium logs as failed loads; anything else is a real error. */
const realErrors = (page: Page) => ctx.eb.consoleErrors(page).filter((e) => !/status of 4\d\d/.test(e));

for (const language of ['en', 'de', 'sv'] as const satisfies readonly Language[]) {
  const t: Labels = labelTables[language];

  describe(`HubSpot pages in ${language}`, () => {
    beforeEach(async () => {
      const scenario = fresh();
      scenario.portal.language = language;
      await ctx.sandbox.putState(scenario);
    });

    it('Connected emails: Disable, Yes disable, greyed Disabled, Remove, Yes remove inbox', async () => {
      const page = await ctx.eb.newPage(`${APP}/settings/${P}/user-preferences/email`);
      expect(await page.$eval('html', (el) => el.lang)).toBe(language);
      await find(page, 'tab', t.connectedEmails);
      await find(await row(page, 'tr[data-address="ada@acme-partner.com"]'), 'button', t.disable).then((b) => b.click());
      await clickAndReload(page, await find(page, 'button', t.yesDisable));
      expect((await ctx.sandbox.state()).personalInboxes?.find((i) => i.address === 'ada@acme-partner.com')?.state).toBe('disabled');

      const disabled = await row(page, 'tr[data-address="ada@acme-partner.com"]');
      expect(await disabled.evaluate((el) => [el.getAttribute('aria-disabled'), el.textContent])).toEqual(['true', expect.stringContaining(t.statusDisabled)]);
      await find(disabled, 'button', t.remove).then((b) => b.click());
      await clickAndReload(page, await find(page, 'button', t.yesRemoveInbox));
      expect((await ctx.sandbox.state()).personalInboxes?.find((i) => i.address === 'ada@acme-partner.com')?.state).toBe('removed');
      expect(await page.$('tr[data-address="ada@acme-partner.com"]')).toBeNull();
      expect(realErrors(page)).toEqual([]);
      await page.close();
    });

    it('Channels: hover the channel, Delete, Yes delete', async () => {
      const page = await ctx.eb.newPage(`${APP}/live-messages-settings/${P}/inboxes`);
      await clickAndReload(page, await find(page, 'link', t.manageChannels.replace('{inbox}', 'Support <inbox>')));
      const channel = await row(page, 'tr[data-channel-id="c1"]');
      await find(channel, 'button', t.deleteChannel).then((b) => b.click());
      await clickAndReload(page, await find(page, 'button', t.yesDelete));
      expect((await ctx.sandbox.state()).teamChannels?.find((c) => c.id === 'c1')).toMatchObject({ archived: true, active: false });
      expect(await page.$('tr[data-channel-id="c1"]')).toBeNull();
      // Keyboard users reveal "Delete" by focusing it, as mouse users do by hovering.
      await page.mouse.move(0, 0);
      const hidden = await find((await page.$('tr[data-channel-id="c2"]')) ?? page, 'button', t.deleteChannel);
      const opacity = () => hidden.evaluate((el) => getComputedStyle(el.closest('.row-actions') ?? el).opacity);
      expect(await opacity()).toBe('0');
      await hidden.focus();
      expect(await opacity()).toBe('1');
      expect(realErrors(page)).toEqual([]);
      await page.close();
    });

    it('Users & Teams: deactivate, reactivate, removal refused for a point of contact, then allowed', async () => {
      const page = await ctx.eb.newPage(`${APP}/settings/${P}/users`);
      await find(await row(page, 'tr[data-user-id="2"]'), 'button', t.actions).then((b) => b.click());
      await find(page, 'menuitem', t.deactivateUser).then((b) => b.click());
      await clickAndReload(page, await find(page, 'button', t.deactivateUser));
      expect(userStatus(await ctx.sandbox.state(), '2')).toBe('deactivated');

      await clickAndReload(page, await find(await row(page, 'tr[data-user-id="2"]'), 'link', 'Bo Berg'));
      expect(await page.$eval('.user-status', (el) => el.textContent)).toBe(t.statusDeactivated);
      await find(page, 'button', t.actions).then((b) => b.click());
      await find(page, 'menuitem', t.reactivateUser).then((b) => b.click());
      await clickAndReload(page, await find(page, 'button', t.reactivateConfirm));
      expect(userStatus(await ctx.sandbox.state(), '2')).toBe('active');

      // Cleo (3) is deactivated but still a point of contact: refused with a clear message.
      await page.goto(`${APP}/settings/${P}/users`);
      await find(await row(page, 'tr[data-user-id="3"]'), 'button', t.actions).then((b) => b.click());
      await find(page, 'menuitem', t.removeFromAccount).then((b) => b.click());
      await find(page, 'button', t.continue).then((b) => b.click());
      await find(page, 'button', t.confirm).then((b) => b.click());
      await page.waitForFunction(() => [...document.querySelectorAll('dialog[open] [role=alert]')].some((a) => a.textContent));
      expect(await alertText(page)).toBe(t.errPointOfContact.replace('{email}', 'cleo@acme-partner.com'));
      expect(userStatus(await ctx.sandbox.state(), '3')).toBe('deactivated');

      const billing = await ctx.eb.newPage(`${APP}/account-and-billing/${P}/contacts`);
      await find(await row(billing, 'tr[data-user-id="3"]'), 'button', t.removeFromRole).then((b) => b.click());
      await clickAndReload(billing, await find(billing, 'button', t.yesRemoveFromRole));
      expect((await ctx.sandbox.state()).portal.pointsOfContact?.others).toEqual([]);

      await page.bringToFront(); // A background tab gets no animation frames: clicks would stall.
      await page.reload();
      await find(await row(page, 'tr[data-user-id="3"]'), 'button', t.actions).then((b) => b.click());
      await find(page, 'menuitem', t.removeFromAccount).then((b) => b.click());
      await find(page, 'button', t.continue).then((b) => b.click());
      await clickAndReload(page, await find(page, 'button', t.confirm));
      expect(userStatus(await ctx.sandbox.state(), '3')).toBe('removed');
      expect(await page.$('tr[data-user-id="3"]')).toBeNull();
      await Promise.all([page.close(), billing.close()]);
    });

    it('Users & Teams: bulk deactivate by checkbox, keyboard only', async () => {
      const page = await ctx.eb.newPage(`${APP}/settings/${P}/users`);
      for (const name of ['Bo Berg', 'Eve Evans']) {
        await find(page, 'checkbox', t.selectUser.replace('{name}', name)).then((box) => box.focus());
        await page.keyboard.press('Space');
      }
      await find(page, 'button', t.bulkDeactivate).then((b) => b.focus());
      await page.keyboard.press('Enter');
      const dialog = await page.waitForSelector('dialog[open]');
      expect(await dialog?.evaluate((el) => el.textContent)).toContain(t.bulkDialogTitle.replace('{count}', '2'));
      await page.keyboard.press('Tab'); // Cancel has focus first; Tab reaches the confirm button.
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
      const state = await ctx.sandbox.state();
      expect([userStatus(state, '2'), userStatus(state, '5')]).toEqual(['deactivated', 'deactivated']);

      // The row's "Actions" menu: ArrowDown opens it on its first item, Escape closes it.
      const actions = await find(await row(page, 'tr[data-user-id="4"]'), 'button', t.actions);
      await actions.focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.reactivateUser);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.removeFromAccount);
      await page.keyboard.press('Escape');
      expect(await actions.evaluate((el) => [el.getAttribute('aria-expanded'), document.activeElement === el])).toEqual(['false', true]);
      expect(realErrors(page)).toEqual([]);
      await page.close();
    });

    it('Create user: addresses separated by spaces, then a CSV (more than 100 refused)', async () => {
      const page = await ctx.eb.newPage(`${APP}/settings/${P}/users`);
      await clickAndReload(page, await find(page, 'button', t.createUser));
      await find(page, 'textbox', t.addEmails).then((box) => box.type('neu1@acme-partner.com neu2@acme-partner.com'));
      await find(page, 'button', t.next).then((b) => b.click());
      await page.select('#roleId', 'r-sales');
      await find(page, 'checkbox', t.skipWelcomeEmail).then((b) => b.click());
      await clickAndReload(page, await find(page, 'button', t.send));
      expect(page.url()).toBe(`${APP}/settings/${P}/users`);
      const created = (await ctx.sandbox.state()).users.filter((u) => u.email.startsWith('neu'));
      expect(created.map((u) => [u.email, u.status, u.roleIds])).toEqual([
        ['neu1@acme-partner.com', 'active', ['r-sales']],
        ['neu2@acme-partner.com', 'active', ['r-sales']],
      ]);

      const csvFile = (rows: number) => {
        const file = path.join(os.tmpdir(), `users-${language}-${rows}.csv`);
        writeFileSync(file, ['Name,Email', ...Array.from({ length: rows }, (_, i) => `U${i},csv${i}@acme-partner.com`)].join('\n'));
        return file;
      };
      await page.goto(`${APP}/settings/${P}/users/create`);
      await find(page, 'tab', t.tabCsvFile).then((tab) => tab.click());
      const upload = (await page.$('input[type=file]')) as ElementHandle<HTMLInputElement>;
      await upload.uploadFile(csvFile(101));
      await find(page, 'button', t.next).then((b) => b.click());
      await find(page, 'button', t.send).then((b) => b.click());
      await page.waitForFunction(() => (document.querySelector('form [role=alert]')?.textContent ?? '') !== '');
      expect(await alertText(page)).toContain('101');
      expect((await ctx.sandbox.state()).users.some((u) => u.email.startsWith('csv'))).toBe(false);

      await upload.uploadFile(csvFile(3));
      await clickAndReload(page, await find(page, 'button', t.send));
      expect((await ctx.sandbox.state()).users.filter((u) => u.email.startsWith('csv')).length).toBe(3);
      await page.close();
    });

    it('Security: Remove me is greyed while primary contact; after replacing the primary, type email, Remove', async () => {
      const page = await ctx.eb.newPage(`${APP}/settings/${P}/security`);
      expect(await find(page, 'button', t.removeMe).then((b) => b.evaluate((el) => (el as HTMLButtonElement).disabled))).toBe(true);

      const billing = await ctx.eb.newPage(`${APP}/account-and-billing/${P}/contacts`);
      await find(billing, 'button', t.replacePrimary).then((b) => b.click());
      await find(billing, 'menuitem', 'Bo Berg (bo@acme-partner.com)').then((b) => b.click());
      await clickAndReload(billing, await find(billing, 'button', t.yesAddToRole));
      expect((await ctx.sandbox.state()).portal.pointsOfContact?.primary).toBe('2');

      await page.bringToFront();
      await page.reload();
      await find(page, 'button', t.removeMe).then((b) => b.click());
      const confirm = await find(page, 'button', t.removeMeConfirm);
      expect(await confirm.evaluate((el) => (el as HTMLButtonElement).disabled)).toBe(true);
      await find(page, 'textbox', t.yourEmail).then((box) => box.type('ada@acme-partner.com'));
      expect(await confirm.evaluate((el) => (el as HTMLButtonElement).disabled)).toBe(false);
      await clickAndReload(page, confirm);
      expect(userStatus(await ctx.sandbox.state(), '1')).toBe('removed');
      expect(await page.$eval('h1', (el) => el.textContent)).toBe(t.noAccessTitle);
      await Promise.all([page.close(), billing.close()]);
    });

    it('Partner > Automation: gmail.com refused, a unique domain saved', async () => {
      const page = await ctx.eb.newPage(`${APP}/settings/${P}/partner/automation`);
      const field = await find(page, 'textbox', t.partnerDomain);
      await field.type('gmail.com');
      await find(page, 'button', t.save).then((b) => b.click());
      await page.waitForFunction(() => (document.querySelector('[role=alert]')?.textContent ?? '') !== '');
      expect(await alertText(page)).toBe(t.errSharedDomain.replace('{domain}', 'gmail.com'));
      expect((await ctx.sandbox.state()).portal.partner?.employeeEmailDomain).toBeNull();

      await field.click({ count: 3 });
      await field.type('acme-partner.com');
      await clickAndReload(page, await find(page, 'button', t.save));
      expect((await ctx.sandbox.state()).portal.partner?.employeeEmailDomain).toBe('acme-partner.com');
      expect(await page.$eval('#domain', (el) => (el as HTMLInputElement).value)).toBe('acme-partner.com');
      await page.close();
    });
  });
}
