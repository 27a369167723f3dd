import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { authHandlers } from '../../lib/background/handlers/auth';
import { authProtocol } from '../../lib/messaging/auth-protocol';
import { createRouter } from '../../lib/messaging/router';
import { closeStore } from '../../lib/store/open';
import { repo } from '../../lib/store/repo';
import { sandboxFetch } from './helpers';

const runScheduledPass = vi.fn(async () => ({ ran: true }));
const ensureSyncAlarms = vi.fn(async () => undefined);
vi.mock('../../lib/sync', () => ({ runScheduledPass: () => runScheduledPass(), ensureSyncAlarms: () => ensureSyncAlarms() }));

const policy = {
  extensionId: 'ebljfbiogjonacloaabckdpmccbhggdi',
  extensionOrigin: 'chrome-extension://ebljfbiogjonacloaabckdpmccbhggdi/',
  contentHosts: ['mail.google.com', 'app.hubspot.com'],
};
const optionsPage: Runtime.MessageSender = { id: policy.extensionId, url: `${policy.extensionOrigin}options.html` };
const hubspotTab: Runtime.MessageSender = {
  id: policy.extensionId,
  url: 'https://app.hubspot.com/settings/4480123/user-preferences/email',
  frameId: 0,
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

const route = createRouter(authHandlers, policy);

beforeEach(async () => {
  fakeBrowser.reset();
  runScheduledPass.mockClear();
  ensureSyncAlarms.mockClear();
  vi.stubGlobal('fetch', sandboxFetch().fetch);
  await repo.clearByPolicy('sign-out');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await closeStore();
});

describe('auth messages through the router', () => {
  it.each(Object.keys(authProtocol))('%s is refused to a content script', async (type) => {
    const reply = await route({ type, payload: {} }, hubspotTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('connects HubSpot, starts a sync, and the replies never carry the token', async () => {
    const connected = await route({ type: 'auth/hubspot/connect', payload: { token: 'demo-token-full' } }, optionsPage);
    expect(connected).toMatchObject({ ok: true, data: { ok: true, portalId: 4480123 } });
    expect(runScheduledPass).toHaveBeenCalledOnce();
    const status = await route({ type: 'auth/status', payload: {} }, optionsPage);
    expect(status).toMatchObject({ ok: true, data: { hubspot: { portalId: 4480123, uiDomain: 'app.hubspot.com' }, google: [], microsoft: [] } });
    expect(JSON.stringify([connected, status])).not.toContain('demo-token-full');
  });

  it('does not start a sync for a refused token', async () => {
    const reply = await route({ type: 'auth/hubspot/connect', payload: { token: 'demo-token-expired' } }, optionsPage);
    expect(reply).toEqual({ ok: true, data: { ok: false, reason: 'expired' } });
    expect(runScheduledPass).not.toHaveBeenCalled();
  });

  it('refuses a disconnect that was not confirmed', async () => {
    expect(await route({ type: 'auth/hubspot/disconnect', payload: {} }, optionsPage)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('saves the sync interval and re-creates the alarms; refuses an interval not offered', async () => {
    expect(await route({ type: 'options/sync-interval', payload: { minutes: 15 } }, optionsPage)).toEqual({ ok: true, data: { saved: true } });
    expect((await repo.getMeta('settings'))?.syncIntervalMinutes).toBe(15);
    expect(ensureSyncAlarms).toHaveBeenCalledOnce();
    expect(await route({ type: 'options/sync-interval', payload: { minutes: 1 } }, optionsPage)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
