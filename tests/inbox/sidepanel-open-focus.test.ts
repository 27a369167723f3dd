/**
 * `sidepanel/open`: the background opens the panel on the sender's tab and lands it on the mailbox
 * the page is about — for the inbox chip, the tab's own mailbox (the address its content script
 * reported); for the guide's fallback button on HubSpot or a provider page, the mailbox of the
 * running plan whose current step is on that page (the background's plan record) — never on one
 * a page names.
 */
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../lib/background/handlers';
import { FOCUS_KEY } from '../../lib/background/side-panel-focus';
import { rememberTabMailbox } from '../../lib/background/tab-mailboxes';
import type { RunPlan, RunStep } from '../../lib/plans/types';
import { repo } from '../../lib/store/repo';
import { createRouter } from '../../lib/messaging/router';
import { contentHosts } from '../../lib/pages/hosts';
import { installSidePanel } from '../ui/background-double';

const EXTENSION_ID = 'ebljfbiogjonacloaabckdpmccbhggdi';
const route = createRouter(handlers, {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}/`,
  contentHosts: contentHosts(),
});
const OWN = 'ada.lovelace@example.com';
const OTHER = 'grace.hopper@example.com';

function tabOn(url: string, id = 7): Runtime.MessageSender {
  return { id: EXTENSION_ID, url, frameId: 0, tab: { id, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
}
const gmail = tabOn('https://mail.google.com/mail/u/0/#inbox');
const focusRequest = async () => (await fakeBrowser.storage.session.get(FOCUS_KEY))[FOCUS_KEY] as { address: string; at: number } | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  for (const plan of await repo.getAll('plans')) await repo.remove('plans', plan.id);
  // reset() keeps properties a test added: start every test without a side panel API.
  delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
});

describe('sidepanel/open from the inbox chip', () => {
  it('opens the panel on the sender tab and asks it to show that tab’s mailbox', async () => {
    const panel = installSidePanel();
    await rememberTabMailbox(7, OWN);
    expect(await route({ type: 'sidepanel/open', payload: {} }, gmail)).toEqual({ ok: true, data: { opened: true } });
    expect(panel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await focusRequest()).toMatchObject({ address: OWN, at: expect.any(Number) });
  });

  it('ignores an address the page puts in the payload: only the tab’s own mailbox is shown', async () => {
    installSidePanel();
    await rememberTabMailbox(7, OWN);
    await rememberTabMailbox(8, OTHER);
    await route({ type: 'sidepanel/open', payload: { address: OTHER } }, gmail);
    expect((await focusRequest())?.address).toBe(OWN);
  });

  it('opens the list when the tab has not reported a mailbox', async () => {
    const panel = installSidePanel();
    await rememberTabMailbox(8, OTHER);
    expect(await route({ type: 'sidepanel/open', payload: {} }, gmail)).toEqual({ ok: true, data: { opened: true } });
    expect(panel.open).toHaveBeenCalledOnce();
    expect(await focusRequest()).toBeUndefined();
  });

  it('names no mailbox for a guide page, even in a tab that showed Gmail before', async () => {
    const panel = installSidePanel();
    await rememberTabMailbox(7, OWN);
    await route({ type: 'sidepanel/open', payload: {} }, tabOn('https://app.hubspot.com/settings/4480123/user-preferences/email'));
    expect(panel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await focusRequest()).toBeUndefined();
  });

  it('leaves no request behind when the panel could not open', async () => {
    await rememberTabMailbox(7, OWN);
    // No side panel API at all (neither Chrome's sidePanel nor Firefox's sidebarAction).
    const sidebarAction = Object.getOwnPropertyDescriptor(fakeBrowser, 'sidebarAction');
    Object.defineProperty(fakeBrowser, 'sidebarAction', { value: undefined, configurable: true });
    try {
      expect(await route({ type: 'sidepanel/open', payload: {} }, gmail)).toEqual({ ok: true, data: { opened: false } });
    } finally {
      if (sidebarAction) Object.defineProperty(fakeBrowser, 'sidebarAction', sidebarAction);
    }
    expect(await focusRequest()).toBeUndefined();
  });

  it('a refused panel (the gesture was lost) opens the panel page in a tab instead, leaving no focus request', async () => {
    await rememberTabMailbox(7, OWN);
    const { open } = installSidePanel();
    open.mockRejectedValueOnce(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    expect(await route({ type: 'sidepanel/open', payload: {} }, gmail)).toEqual({ ok: true, data: { opened: true } });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(`chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?mailbox=${encodeURIComponent(OWN)}`);
    expect(await focusRequest()).toBeUndefined();
  });

  it('refuses a page on a host where no content script of ours runs', async () => {
    const panel = installSidePanel();
    await rememberTabMailbox(7, OWN);
    const reply = await route({ type: 'sidepanel/open', payload: {} }, tabOn('https://evil.example/mail.google.com'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(panel.open).not.toHaveBeenCalled();
    expect(await focusRequest()).toBeUndefined();
  });
});

/** A running plan for `address` whose current step is the guided one on `page`. */
function runningPlan(id: string, address: string, page: 'hubspot-connected-emails' | 'google-connections', updatedAt: string, status: RunPlan['status'] = 'running'): RunPlan {
  const step: RunStep = page === 'hubspot-connected-emails'
    ? {
        id: 'disconnect-personal-inbox/disable', flow: 'disconnect-personal-inbox', key: 'disable', kind: 'guided', state: 'active', side: 'hubspot',
        title: 'plan.disconnect-personal-inbox.disable.title', explain: 'plan.disconnect-personal-inbox.disable.explain',
        target: { page, labelKey: 'disable', then: ['yesDisable'], rowAddress: address },
        observe: { kind: 'crm-personal-inbox', address, expect: { state: ['disabled'] } },
      }
    : {
        id: 'revoke-google-consumer/remove-access', flow: 'revoke-google-consumer', key: 'remove-access', kind: 'guided', state: 'active', side: 'provider',
        title: 'plan.revoke-google-consumer.remove-access.title', explain: 'plan.revoke-google-consumer.remove-access.explain',
        target: { page, labelKey: 'removeAccess', then: ['confirm'], account: address },
        observe: { kind: 'provider-grant', address, expect: { present: [false] } },
      };
  return {
    id, flow: 'unlink-mailbox', subject: address, status, steps: [step], notes: [],
    context: { address, kind: 'personal', provider: 'google', portal: { id: 4480123, uiHost: 'app.hubspot.com' } },
    createdAt: '2026-11-22T08:00:00.000Z', updatedAt,
  };
}

describe('sidepanel/open from the guide\'s fallback button', () => {
  const hubspotPage = tabOn('https://app.hubspot.com/settings/4480123/user-preferences/email', 9);
  const googlePage = tabOn('https://myaccount.google.com/connections', 9);

  it('lands on the mailbox of the running plan whose current step is on that page', async () => {
    const panel = installSidePanel();
    await repo.putMany('plans', [
      runningPlan('p-hubspot', OWN, 'hubspot-connected-emails', '2026-11-22T09:00:00.000Z'),
      // Touched later, but its current step lives on Google's page, not HubSpot's.
      runningPlan('p-google', OTHER, 'google-connections', '2026-11-22T10:00:00.000Z'),
    ]);
    expect(await route({ type: 'sidepanel/open', payload: {} }, hubspotPage)).toEqual({ ok: true, data: { opened: true } });
    expect(panel.open).toHaveBeenCalledWith({ tabId: 9 });
    expect(await focusRequest()).toMatchObject({ address: OWN, at: expect.any(Number) });
    await route({ type: 'sidepanel/open', payload: {} }, googlePage);
    expect((await focusRequest())?.address).toBe(OTHER);
  });

  it('of several plans on the page, the one touched last; a finished plan is never one', async () => {
    installSidePanel();
    await repo.putMany('plans', [
      runningPlan('p-old', OTHER, 'hubspot-connected-emails', '2026-11-22T09:00:00.000Z'),
      runningPlan('p-new', OWN, 'hubspot-connected-emails', '2026-11-22T10:00:00.000Z'),
      runningPlan('p-done', 'done@example.com', 'hubspot-connected-emails', '2026-11-22T11:00:00.000Z', 'done'),
    ]);
    await route({ type: 'sidepanel/open', payload: {} }, hubspotPage);
    expect((await focusRequest())?.address).toBe(OWN);
  });

  it('names no mailbox when no running plan is on the page, whatever address the payload carries', async () => {
    const panel = installSidePanel();
    await repo.putMany('plans', [runningPlan('p-google', OTHER, 'google-connections', '2026-11-22T10:00:00.000Z')]);
    expect(await route({ type: 'sidepanel/open', payload: { address: OTHER } }, hubspotPage)).toEqual({ ok: true, data: { opened: true } });
    expect(panel.open).toHaveBeenCalledWith({ tabId: 9 });
    expect(await focusRequest()).toBeUndefined();
  });
});

describe('sidepanel/open where the browser refuses the panel for a relayed click (Firefox)', () => {
  it('opens the panel page in a tab beside the mail tab, on that tab’s mailbox', async () => {
    await rememberTabMailbox(7, OWN);
    const sidebarAction = Object.getOwnPropertyDescriptor(fakeBrowser, 'sidebarAction');
    const refused = () => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler'));
    Object.defineProperty(fakeBrowser, 'sidebarAction', { value: { open: refused }, configurable: true });
    const created: unknown[] = [];
    const create = fakeBrowser.tabs.create;
    fakeBrowser.tabs.create = ((properties: unknown) => {
      created.push(properties);
      return Promise.resolve({ id: 99, index: 1, highlighted: false, active: true, pinned: false, incognito: false });
    }) as typeof fakeBrowser.tabs.create;
    try {
      expect(await route({ type: 'sidepanel/open', payload: {} }, gmail)).toEqual({ ok: true, data: { opened: true } });
      expect(created).toEqual([{ url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?mailbox=${encodeURIComponent(OWN)}`, openerTabId: 7 }]);
    } finally {
      fakeBrowser.tabs.create = create;
      if (sidebarAction) Object.defineProperty(fakeBrowser, 'sidebarAction', sidebarAction);
    }
  });
});
