import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { labelTables } from '../../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from '../harness/aria';
import { useExtensionBrowser } from '../harness/fixture';
import { repoRoot } from '../harness/paths';
import { hostRequest } from '../harness/sandbox-http';

/**
 * A page action in HubSpot's UI must show in HubSpot's API, as it does in real life: the extension
 * learns about deactivated users and deleted team channels only through the API. Demo world,
 * clicked by role and label in en, de and sv; the API asked over HTTPS with the demo token.
 */
const SCENARIO_FILE = 'sandbox/scenarios/demo.json';
const ctx = useExtensionBrowser({ scenario: SCENARIO_FILE, extension: false });
const demo = (): Scenario => JSON.parse(readFileSync(path.join(repoRoot, SCENARIO_FILE), 'utf8')) as Scenario;
const P = demo().portal.id;
const APP = 'https://app.hubspot.com';
const USER = { id: '51200129', email: 'sofie.jansen@nordlicht.example' };
const CHANNEL = { id: '908100', inboxId: '147001', address: 'support@nordlicht.example' };

async function api<T>(pathAndQuery: string): Promise<T> {
  const response = await hostRequest(ctx.sandbox, 'api.hubapi.com', 'GET', pathAndQuery, { headers: { authorization: 'Bearer demo-token-full' } });
  expect(response.status, `${pathAndQuery}: ${response.body.slice(0, 200)}`).toBe(200);
  return JSON.parse(response.body) as T;
}
type Owners = { results: { email?: string; userIdIncludingInactive?: number; archived: boolean }[] };
type Accounts = { results: { id: string; archived: boolean }[] };

const find = findByRole;

for (const language of ['en', 'de', 'sv'] as const satisfies readonly Language[]) {
  const t = labelTables[language];
  describe(`HubSpot pages change HubSpot's API (${language})`, () => {
    beforeEach(async () => {
      const world = demo();
      await ctx.sandbox.putState({ ...world, portal: { ...world.portal, language } });
    });

    it('a user deactivated on Users & Teams becomes an archived owner', async () => {
      const isArchived = async () => (await api<Owners>('/crm/v3/owners/?archived=true&limit=500')).results.some((o) => o.userIdIncludingInactive === Number(USER.id));
      expect(await isArchived()).toBe(false);
      const page = await ctx.eb.newPage(`${APP}/settings/${P}/users`);
      const row = await page.waitForSelector(`tr[data-user-id="${USER.id}"]`);
      if (!row) throw new Error('user row missing');
      await row.hover();
      await (await find(row, 'button', t.actions)).click();
      await (await find(page, 'menuitem', t.deactivateUser)).click();
      await clickAndReload(page, await find(page, 'button', t.deactivateUser));
      expect(await isArchived()).toBe(true);
      const active = await api<Owners>(`/crm/v3/owners/?email=${encodeURIComponent(USER.email)}`);
      expect(active.results).toEqual([]);
      await page.close();
    });

    it('a team channel deleted on the Channels page becomes an archived channel account', async () => {
      const live = async () => (await api<Accounts>(`/conversations/v3/conversations/channel-accounts?channelId=1002&inboxId=${CHANNEL.inboxId}`)).results.map((a) => a.id);
      expect(await live()).toContain(CHANNEL.id);
      const page = await ctx.eb.newPage(`${APP}/live-messages-settings/${P}/inboxes/${CHANNEL.inboxId}/channels`);
      const row = await page.waitForSelector(`tr[data-channel-id="${CHANNEL.id}"]`);
      if (!row) throw new Error('channel row missing');
      await row.hover();
      await (await find(row, 'button', t.deleteChannel)).click();
      await clickAndReload(page, await find(page, 'button', t.yesDelete));
      expect(await live()).not.toContain(CHANNEL.id);
      const archived = await api<Accounts>(`/conversations/v3/conversations/channel-accounts?channelId=1002&archived=true`);
      expect(archived.results.find((a) => a.id === CHANNEL.id)?.archived).toBe(true);
      await page.close();
    });
  });
}
