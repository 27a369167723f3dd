// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/popup.html"}
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_KEY } from '../../components/plan/panel-focus';
import { PopupApp } from '../../components/popup/PopupApp';
import { rememberTabMailbox } from '../../lib/background/tab-mailboxes';
import { createStoreAccess } from '../../lib/store/access';
import { repo } from '../../lib/store/repo';
import { installSidePanel } from '../ui/background-double';
import { renderIn } from '../ui/render';
import { ADA, clearWorld, IMAP, seedWorld } from '../ui/seed';
import { clearPlans, installPlanBackground, type PlanWorld } from './plan-world';

async function popupOn(address: string) {
  const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
  await rememberTabMailbox(tab.id as number, address);
  history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  renderIn(<PopupApp />);
  await waitFor(() => expect(screen.getByTestId('popup').getAttribute('aria-busy')).toBe('false'));
  return tab;
}

let world: PlanWorld;
beforeEach(async () => {
  fakeBrowser.reset();
  world = installPlanBackground('popup.html');
  await seedWorld();
});
afterEach(async () => {
  cleanup();
  await clearWorld();
  await clearPlans();
});

describe('popup Start unlinking', () => {
  it('starts the plan, opens the side panel in the click and hands it the address', async () => {
    const panel = installSidePanel();
    const tab = await popupOn(ADA);
    fireEvent.click(screen.getByTestId('start-unlinking'));
    // Opened synchronously inside the click, before any message round trip.
    expect(panel.open).toHaveBeenCalledWith({ windowId: tab.windowId });
    await waitFor(async () => expect(await repo.getAllByIndex('plans', 'subject', ADA)).toHaveLength(1));
    const stored = await fakeBrowser.storage.session.get(FOCUS_KEY);
    expect((stored[FOCUS_KEY] as { address: string }).address).toBe(ADA);
    expect(world.sent.map((m) => m.type)).toContain('plan/start');
  });

  it('says to connect HubSpot first when the plan cannot start', async () => {
    installSidePanel();
    // Ada's mailbox record names her portal; without it (and no HubSpot sign-in) none is known.
    const db = await createStoreAccess().db();
    const mailbox = await db.get('mailboxes', ADA);
    await db.put('mailboxes', { ...mailbox!, portalId: undefined });
    await popupOn(ADA);
    fireEvent.click(screen.getByTestId('start-unlinking'));
    await waitFor(() => expect(screen.getByTestId('popup-notice').textContent).toBe('Connect HubSpot in the options first: the plan needs your HubSpot account.'));
    expect(await repo.getAllByIndex('plans', 'subject', ADA)).toHaveLength(0);
  });

  it('offers nothing for a mailbox with no known link', async () => {
    await popupOn(IMAP);
    expect(screen.getByTestId('popup').dataset.inboxlinkStatus).toBe('unknown');
    expect(screen.queryByTestId('start-unlinking')).toBeNull();
  });
});
