// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/popup.html"}
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import { rememberTabMailbox, rememberTabUnreadable } from '../../lib/background/tab-mailboxes';
import { repo } from '../../lib/store/repo';
import { installBackground, installSidePanel } from './background-double';
import { renderIn } from './render';
import { ADA, BOB, clearWorld, IMAP, seedWorld } from './seed';

const popupRoot = () => screen.getByTestId('popup');

async function openPopupFor(query: string, locale: 'en' | 'sv' = 'en') {
  history.replaceState(null, '', `/popup.html${query}`);
  renderIn(<PopupApp />, locale);
  await waitFor(() => expect(popupRoot().getAttribute('aria-busy')).toBe('false'));
}

let background: ReturnType<typeof installBackground>;
beforeEach(async () => {
  fakeBrowser.reset();
  background = installBackground();
  await seedWorld();
});
afterEach(async () => {
  cleanup();
  await clearWorld();
});

describe('popup on a mail tab', () => {
  it('shows the tab mailbox: status on the root, both sides with source and age, findings', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await rememberTabMailbox(tab.id as number, ADA);
    await openPopupFor(`?tab=${tab.id}`);
    expect(popupRoot().dataset.inboxlinkStatus).toBe('half-unlinked');
    const mailbox = screen.getByTestId('popup-mailbox');
    expect(within(mailbox).getByTestId('popup-address').textContent).toBe(ADA);
    expect(within(mailbox).getByTestId('hubspot-side').textContent).toMatch(/Disabled.*Seen on HubSpot’s “Connected emails” page 3 minutes ago/);
    expect(within(mailbox).getByTestId('provider-side').textContent).toMatch(/HubSpot has access.*from the admin API, 4 minutes ago/);
    expect(within(mailbox).getByTestId('findings-count').dataset.count).toBe('1');
    // The tab's report is read from storage.session: the worker is not woken for it.
    expect(background.sent).not.toContain('mailbox/for-tab');
    // Half-unlinked: a plan flow exists, so the popup offers to start it (tests/plans-ui/popup-start.test.tsx).
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Start unlinking', 'Open side panel', 'Recheck now']);
  });

  it('a delegated or shared mailbox: names the account signed in beside it, with its own status', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/b/7/u/0/' });
    await rememberTabMailbox(tab.id as number, ADA, BOB);
    await openPopupFor(`?tab=${tab.id}`);
    expect(screen.getByTestId('popup-address').textContent).toBe(ADA);
    const beside = await screen.findByTestId('popup-signed-in-as');
    expect(beside.dataset.address).toBe(BOB);
    await waitFor(() => expect(beside.textContent).toBe(`Also signed in here: ${BOB} Broken`));
  });

  it('links an unseen personal inbox to the portal email settings on its UI host', async () => {
    await repo.setMeta('hubspotPortal', { portalId: 4480123, uiDomain: 'app-eu1.hubspot.com', missingOptional: [], scopeSource: 'probe' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await rememberTabMailbox(tab.id as number, IMAP);
    await openPopupFor(`?tab=${tab.id}`);
    expect(popupRoot().dataset.inboxlinkStatus).toBe('unknown');
    const link = screen.getByTestId('open-hubspot-settings');
    expect(link.getAttribute('href')).toBe('https://app-eu1.hubspot.com/settings/4480123/user-preferences/email');
    expect(screen.getByTestId('provider-side').textContent).toContain('IMAP: there is no app access at a provider to check.');
  });

  it('opens the side panel straight from the click and rechecks through the background', async () => {
    const panel = installSidePanel();
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await rememberTabMailbox(tab.id as number, BOB);
    await openPopupFor(`?tab=${tab.id}`);
    expect(popupRoot().dataset.inboxlinkStatus).toBe('broken');
    fireEvent.click(screen.getByTestId('open-sidepanel'));
    expect(panel.open).toHaveBeenCalledWith({ windowId: tab.windowId });
    fireEvent.click(screen.getByTestId('recheck'));
    await waitFor(() => expect(screen.getByTestId('popup-notice').textContent).toBe('Recheck started.'));
    expect(background.sent).toContain('sync/now');
  });

  it('asks to reload a mail tab whose content script did not report', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await openPopupFor(`?tab=${tab.id}`, 'sv');
    // No report in storage.session: the background judges the tab (silent, by its URL).
    expect(background.sent).toContain('mailbox/for-tab');
    expect(screen.getByTestId('reload-tab').textContent).toContain('Ladda om fliken');
    expect(popupRoot().dataset.inboxlinkStatus).toBeUndefined();
    expect(screen.getByTestId('popup-summary')).toBeTruthy();
    expect(screen.queryByTestId('unreadable-tab')).toBeNull();
  });

  it('says honestly that it could not read a mail page, with the other mailboxes and no reload button', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    await rememberTabUnreadable(tab.id as number);
    await openPopupFor(`?tab=${tab.id}`, 'sv');
    expect(screen.getByTestId('unreadable-tab').textContent).toContain('Inboxlink kunde inte läsa vilken postlåda den här sidan visar');
    expect(screen.queryByTestId('reload-tab')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ladda om fliken' })).toBeNull();
    expect(popupRoot().dataset.inboxlinkStatus).toBeUndefined();
    await waitFor(() => expect(screen.getAllByTestId('mailbox-row')).toHaveLength(4));
    expect(screen.getByTestId('open-sidepanel')).toBeTruthy();
    expect(screen.queryByTestId('start-unlinking')).toBeNull();
  });
});

describe('popup elsewhere', () => {
  it('summarises all mailboxes through mailboxes/summary, with the number needing attention', async () => {
    await openPopupFor('');
    await waitFor(() => expect(screen.getAllByTestId('mailbox-row')).toHaveLength(4));
    expect(background.sent).toContain('mailboxes/summary');
    expect(screen.getByTestId('attention-count').dataset.count).toBe('2');
    expect(popupRoot().dataset.inboxlinkStatus).toBeUndefined();
    expect(screen.queryByTestId('reload-tab')).toBeNull();
  });
});
