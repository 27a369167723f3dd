/**
 * The background enforces the organisation's policy, read from a fake storage.managed (WXT's fake
 * browser keeps an in-memory managed area): the locked sync interval and language are stored and
 * a change is refused; an API step is refused when only guided unlinking is allowed; a HubSpot
 * account outside the allowed portals is refused and nothing saved.
 */
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../lib/background/handlers';
import { createPlanAdvanceHandler } from '../../lib/background/handlers/plans/plan-advance';
import { enforcePolicy } from '../../lib/background/policy';
import { connectHubSpot } from '../../lib/auth/hubspot';
import { createRouter } from '../../lib/messaging/router';
import { contentHosts } from '../../lib/pages/hosts';
import { hubspotAccountAllowed, readPolicy } from '../../lib/policy';
import type { PlanRunner } from '../../lib/plans';
import { repo } from '../../lib/store/repo';
import { freshRepo, sandboxFetch } from '../auth/helpers';

const EXTENSION_ID = 'ebljfbiogjonacloaabckdpmccbhggdi';
const route = createRouter(handlers, { extensionId: EXTENSION_ID, extensionOrigin: `chrome-extension://${EXTENSION_ID}/`, contentHosts: contentHosts() });
const optionsPage: Runtime.MessageSender = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/options.html` };

beforeEach(async () => {
  fakeBrowser.reset();
  await repo.setMeta('settings', {});
});

describe('locked settings', () => {
  it('stores the policy\'s interval and language, runs the alarm at that interval, and refuses a change', async () => {
    await fakeBrowser.storage.managed.set({ syncIntervalMinutes: 60, language: 'de' });
    await enforcePolicy();
    expect(await repo.getMeta('settings')).toEqual({ locale: 'de', syncIntervalMinutes: 60 });
    expect((await fakeBrowser.alarms.get('inboxlink:sync'))?.periodInMinutes).toBe(60);

    expect(await route({ type: 'options/sync-interval', payload: { minutes: 15 } }, optionsPage)).toEqual({ ok: true, data: { saved: false } });
    expect(await route({ type: 'settings/set', payload: { locale: 'sv' } }, optionsPage)).toEqual({ ok: true, data: { saved: false } });
    expect(await repo.getMeta('settings')).toEqual({ locale: 'de', syncIntervalMinutes: 60 });
    expect((await fakeBrowser.alarms.get('inboxlink:sync'))?.periodInMinutes).toBe(60);
  });

  it('without a policy the user changes them as before', async () => {
    await enforcePolicy();
    expect(await route({ type: 'options/sync-interval', payload: { minutes: 15 } }, optionsPage)).toEqual({ ok: true, data: { saved: true } });
    expect((await repo.getMeta('settings'))?.syncIntervalMinutes).toBe(15);
  });

  it('a bad value never breaks the worker: it is ignored and the user\'s setting stays', async () => {
    await repo.setMeta('settings', { syncIntervalMinutes: 15 });
    await fakeBrowser.storage.managed.set({ syncIntervalMinutes: 'hourly' });
    await enforcePolicy();
    expect((await repo.getMeta('settings'))?.syncIntervalMinutes).toBe(15);
    expect((await readPolicy()).problems).toEqual([{ key: 'syncIntervalMinutes', reason: 'invalid' }]);
  });
});

describe('guided only', () => {
  it('refuses an api step before the runner is asked', async () => {
    let asked = false;
    const runner = { advance: async () => { asked = true; return { changed: true, plan: undefined }; } } as unknown as PlanRunner;
    const forbidden = createPlanAdvanceHandler(() => runner, async () => ({ policy: { allowApiRevoke: false }, problems: [] }));
    const event = { type: 'run-api' as const, stepId: 'revoke-google-workspace/revoke', confirmed: true };
    expect(await forbidden({ planId: 'p', event }, {} as never)).toEqual({ changed: false, status: null, refused: 'forbidden-by-policy' });
    expect(asked).toBe(false);
    const allowed = createPlanAdvanceHandler(() => runner, async () => ({ policy: {}, problems: [] }));
    await allowed({ planId: 'p', event }, {} as never);
    expect(asked).toBe(true);
  });
});

describe('allowed HubSpot accounts', () => {
  it('refuses a token of another portal and saves nothing', async () => {
    const store = freshRepo();
    const result = await connectHubSpot('demo-token-full', { repo: store, fetch: sandboxFetch().fetch, accountAllowed: (account) => hubspotAccountAllowed({ hubspotPortalIds: [999] }, account) });
    expect(result).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await store.getAll('credentials')).toEqual([]);
    expect(await store.getAll('audit')).toMatchObject([{ action: 'hubspot-connect', result: 'refused', detail: 'not-allowed' }]);
  });
});
