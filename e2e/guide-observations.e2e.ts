import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language, Scenario } from '../sandbox/core/scenario';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { CONNECTIONS_LABELS } from '../sandbox/hosts/google/connections-labels';
import { clickAndReload, findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import { repoRoot } from './harness/paths';
import { waitForNewest } from './pages/observations.page';

/**
 * The guide content script on the pages where HubSpot's link shows: what it reads lands in the
 * extension's IndexedDB as observations, and follows what the user does on the page (an inbox
 * disabled then removed in HubSpot, HubSpot's access removed at Google).
 */
const ctx = useExtensionBrowser();
const demo = (): Scenario => JSON.parse(readFileSync(path.join(repoRoot, 'sandbox/scenarios/demo.json'), 'utf8')) as Scenario;
const worker = () => ctx.eb.worker();
const now = () => new Date().toISOString();
/** Console errors other than the sandbox's missing favicon and other failed loads. */
const scriptErrors = (page: Page) => ctx.eb.consoleErrors(page).filter((e) => !e.startsWith('Failed to load resource'));

/** The demo world in `language`, with an Outlook.com account signed in at account.live.com. */
function world(language: Language): Scenario {
  const scenario = demo();
  scenario.portal.language = language;
  const outlookCom = scenario.personalInboxes?.find((i) => i.provider === 'outlook' && i.state === 'connected')?.address;
  scenario.signedIn = { ...scenario.signedIn, outlook: outlookCom };
  return scenario;
}

/** The table row that shows `address`, found as a person scans the rows. */
async function rowOf(page: Page, address: string): Promise<ElementHandle> {
  for (const row of await page.$$('::-p-aria([role="row"])')) {
    if (await row.evaluate((el, a) => (el.textContent ?? '').toLowerCase().includes(a), address)) return row as ElementHandle;
  }
  throw new Error(`no row shows ${address}`);
}

for (const language of ['en', 'sv'] as const satisfies readonly Language[]) {
  describe(`guide observations (${language})`, () => {
    let scenario: Scenario;
    beforeEach(async () => {
      scenario = world(language);
      await ctx.sandbox.putState(scenario);
    });

    it('Connected emails: the signed-in user\'s inboxes, then disabled, then removed', async () => {
      const t = labelTables[language];
      const me = scenario.signedIn?.hubspotUserId;
      const mine = (scenario.personalInboxes ?? []).filter((i) => i.userId === me && i.state !== 'removed');
      expect(mine.length, 'the demo user has a connected inbox').toBeGreaterThan(0);
      const since = now();
      const url = `https://${scenario.portal.uiHost ?? 'app.hubspot.com'}/settings/${scenario.portal.id}/user-preferences/email`;
      const page = await ctx.eb.newPage(url);
      const query = (address: string) => ({ kind: 'crm-personal-inbox' as const, address, host: new URL(url).hostname, since });
      for (const inbox of mine) await waitForNewest(worker, query(inbox.address), { state: inbox.state });

      const target = mine.find((i) => i.state === 'connected');
      if (!target) throw new Error('no connected inbox to disable');
      await findByRole(await rowOf(page, target.address), 'button', t.disable).then((b) => b.click());
      await clickAndReload(page, await findByRole(page, 'button', t.yesDisable));
      await waitForNewest(worker, query(target.address), { state: 'disabled' });

      await findByRole(await rowOf(page, target.address), 'button', t.remove).then((b) => b.click());
      await clickAndReload(page, await findByRole(page, 'button', t.yesRemoveInbox));
      const removed = await waitForNewest(worker, query(target.address), { state: 'removed' });
      expect(removed.path).toBe(new URL(url).pathname);
      expect(scriptErrors(page)).toEqual([]);
      await ctx.eb.screenshot(page, `connected-emails-${language}`);
      await page.close();
    });

    it('Google connections: HubSpot present for the signed-in account, absent after "Remove access"', async () => {
      const labels = CONNECTIONS_LABELS[language];
      const account = scenario.signedIn?.google ?? '';
      const since = now();
      const page = await ctx.eb.newPage('https://myaccount.google.com/connections');
      const query = { kind: 'provider-grant' as const, address: account, host: 'myaccount.google.com', since };
      await waitForNewest(worker, query, { present: true, provider: 'google' });

      await Promise.all([page.waitForNavigation(), findByRole(page, 'link', 'HubSpot').then((l) => l.click())]);
      await clickAndReload(page, await findByRole(page, 'button', labels.removeAccess));
      await clickAndReload(page, await findByRole(page, 'button', labels.confirm));
      await waitForNewest(worker, query, { present: false, provider: 'google' });
      await page.close();
    });

    it('My Apps and account.live.com: HubSpot\'s grants are observed', async () => {
      const since = now();
      const myApps = await ctx.eb.newPage('https://myapps.microsoft.com/');
      const work = scenario.signedIn?.microsoft ?? '';
      await waitForNewest(worker, { kind: 'provider-grant', address: work, host: 'myapps.microsoft.com', since }, { present: true, provider: 'microsoft365', app: 'HubSpot Sales' });

      const live = await ctx.eb.newPage('https://account.live.com/consent/Manage');
      const personal = scenario.signedIn?.outlook ?? '';
      await waitForNewest(worker, { kind: 'provider-grant', address: personal, host: 'account.live.com', since }, { present: true, provider: 'outlook' });
      // The guide reads quietly: no script error in the pages' consoles.
      expect([...scriptErrors(myApps), ...scriptErrors(live)]).toEqual([]);
      await Promise.all([myApps.close(), live.close()]);
    });
  });
}
