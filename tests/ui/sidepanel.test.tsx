// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/sidepanel.html"}
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberTabMailbox } from '../../lib/background/tab-mailboxes';
import { repo } from '../../lib/store/repo';
import { installBackground } from './background-double';
import { renderIn } from './render';
import { ADA, BOB, clearWorld, HOSTILE_NAME, IMAP, seedWorld, SUPPORT } from './seed';

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="mailbox-row"]')];
const statusOf = (address: string) => rows().find((r) => r.dataset.address === address)?.dataset.inboxlinkStatus;

async function openPanel(locale: 'en' | 'sv' = 'en') {
  renderIn(<SidePanelApp />, locale);
  await waitFor(() => expect(rows()).toHaveLength(4));
}

beforeEach(seedWorld);
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await clearWorld();
});

describe('side panel list', () => {
  it('shows every mailbox with the status lib/status decides', async () => {
    await openPanel();
    expect(statusOf(ADA)).toBe('half-unlinked');
    expect(statusOf(BOB)).toBe('broken');
    expect(statusOf(SUPPORT)).toBe('linked');
    expect(statusOf(IMAP)).toBe('unknown');
    expect(screen.getByRole('list', { name: 'Mailboxes' })).toBeTruthy();
    expect(screen.getByTestId('mailbox-count').textContent).toBe('Showing 4 of 4');
  });

  it('filters by status, provider, kind and owner, and clears them', async () => {
    await openPanel();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'broken' } });
    expect(rows().map((r) => r.dataset.address)).toEqual([BOB]);
    fireEvent.click(screen.getByTestId('filters-clear'));
    fireEvent.change(screen.getByLabelText('Provider'), { target: { value: 'google' } });
    expect(rows().map((r) => r.dataset.address).sort()).toEqual([ADA, SUPPORT]);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'team' } });
    expect(rows().map((r) => r.dataset.address)).toEqual([SUPPORT]);
    fireEvent.click(screen.getByTestId('filters-clear'));
    // Ada is linked to her HubSpot user by user id, Bob by email.
    const owner = screen.getByLabelText('Owner') as HTMLSelectElement;
    // Owners are looked up after the list shows (lib/store/reads/mailbox-index.ts readMailboxOwners).
    await waitFor(() => expect([...owner.options].map((o) => o.textContent)).toEqual(['All', 'Ada Lovelace', 'Bob Builder', 'No HubSpot user']));
    fireEvent.change(owner, { target: { value: '12' } });
    expect(rows().map((r) => r.dataset.address)).toEqual([BOB]);
    fireEvent.change(owner, { target: { value: '-' } });
    expect(rows().map((r) => r.dataset.address).sort()).toEqual([IMAP, SUPPORT]);
  });

  it('searches address, name and owner, and says when nothing matches', async () => {
    await openPanel();
    const search = screen.getByLabelText('Search address or name');
    fireEvent.input(search, { target: { value: 'LOVELACE' } });
    expect(rows().map((r) => r.dataset.address)).toEqual([ADA]);
    fireEvent.input(search, { target: { value: 'desk' } });
    expect(rows().map((r) => r.dataset.address)).toEqual([SUPPORT]);
    fireEvent.input(search, { target: { value: 'nobody-here' } });
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No mailbox matches these filters.')).toBeTruthy();
    expect(screen.getByTestId('mailbox-count').textContent).toBe('Showing 0 of 4');
  });

  it('renders names carrying markup as text and runs nothing', async () => {
    await openPanel();
    const bob = rows().find((r) => r.dataset.address === BOB);
    expect(bob?.textContent).toContain(HOSTILE_NAME);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('updates live when the store changes (a sync or an observation)', async () => {
    await openPanel();
    await repo.addObservation({ kind: 'provider-grant', address: ADA, host: 'myaccount.google.com', path: '/connections', value: { present: false, app: 'HubSpot' }, observedAt: new Date().toISOString() });
    await waitFor(() => expect(statusOf(ADA)).toBe('not-linked'));
  });

  it('speaks the user language', async () => {
    await openPanel('sv');
    expect(screen.getByRole('list', { name: 'Postlådor' })).toBeTruthy();
    expect(screen.getByLabelText('Ägare')).toBeTruthy();
  });
});

describe('side panel detail', () => {
  it('opens from the row by keyboard-operable button, shows both sides, evidence and history, and goes back', async () => {
    await openPanel();
    const adaRow = rows().find((r) => r.dataset.address === ADA) as HTMLElement;
    fireEvent.click(within(adaRow).getByRole('button', { name: ADA }));
    const detail = await screen.findByRole('region', { name: ADA });
    expect(detail.dataset.inboxlinkStatus).toBe('half-unlinked');
    await waitFor(() => expect(document.activeElement?.textContent).toBe(ADA));
    expect(within(detail).getByTestId('hubspot-side').textContent).toContain('Disabled');
    expect(within(detail).getByTestId('provider-side').dataset.state).toBe('present');
    expect(within(detail).getByTestId('provider-side').textContent).toContain('from the admin API');
    expect(within(detail).getByTestId('grant-record').dataset.source).toBe('admin-api');
    expect(within(detail).getByTestId('detail-findings').dataset.count).toBe('1');
    const history = within(detail).getAllByTestId('history-entry');
    expect(history.map((h) => h.querySelector('strong')?.textContent)).toEqual(['HubSpot’s “Connected emails” page', 'Signed in on a mail page', 'HubSpot’s “Connected emails” page']);
    expect(history[0]?.textContent).toContain('Disabled');
    expect(history[2]?.textContent).toContain('Connected');
    expect(history[0]?.textContent).toContain('app.hubspot.com/settings/4480123/user-preferences/email');

    fireEvent.click(within(detail).getByTestId('detail-back'));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(document.activeElement?.textContent).toBe(ADA);
  });

  it('offers the active tab mailbox and follows tab switches', async () => {
    fakeBrowser.reset();
    installBackground('sidepanel.html');
    const gmail = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/' });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    await rememberTabMailbox(gmail.id as number, BOB);
    // fakeBrowser has no current window: the active tab of "this window" is ours to say.
    let active = gmail;
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [active]);
    await openPanel();
    const shortcut = await screen.findByTestId('tab-shortcut');
    expect(shortcut.dataset.address).toBe(BOB);
    active = other;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: other.id as number, windowId: other.windowId ?? 0 });
    await waitFor(() => expect(screen.queryByTestId('tab-shortcut')).toBeNull());
    active = gmail;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: gmail.id as number, windowId: gmail.windowId ?? 0 });
    fireEvent.click(within(await screen.findByTestId('tab-shortcut')).getByRole('button'));
    expect((await screen.findByRole('region', { name: BOB })).dataset.inboxlinkStatus).toBe('broken');
  });

  it('shows a team inbox channel fields and closes on Escape', async () => {
    await openPanel();
    const row = rows().find((r) => r.dataset.address === SUPPORT) as HTMLElement;
    fireEvent.click(within(row).getByRole('button'));
    const detail = await screen.findByRole('region', { name: SUPPORT });
    expect(within(detail).getByTestId('hubspot-side').textContent).toContain('Team channel “Support <b>desk</b>”');
    expect(within(detail).getByTestId('channel-record').textContent).toContain('Conversations inbox 147001');
    expect(detail.querySelector('b')).toBeNull();
    fireEvent.keyDown(detail, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('region', { name: SUPPORT })).toBeNull());
  });

  it('points an unknown personal inbox to HubSpot email settings', async () => {
    await openPanel();
    fireEvent.click(within(rows().find((r) => r.dataset.address === IMAP) as HTMLElement).getByRole('button'));
    const detail = await screen.findByRole('region', { name: IMAP });
    const link = within(detail).getByTestId('open-hubspot-settings') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://app.hubspot.com/');
    expect(within(detail).getByTestId('provider-side').dataset.state).toBe('not-applicable');
  });

  it('deep-links an unknown personal inbox to Connected emails with the portal id and region, and says why', async () => {
    await repo.setMeta('hubspotPortal', { portalId: 4480123, uiDomain: 'app-eu1.hubspot.com', missingOptional: [], scopeSource: 'probe' });
    await openPanel('sv');
    fireEvent.click(within(rows().find((r) => r.dataset.address === IMAP) as HTMLElement).getByRole('button'));
    const detail = await screen.findByRole('region', { name: IMAP });
    const side = within(detail).getByTestId('hubspot-side');
    expect(side.querySelector('[data-state]')?.getAttribute('data-state')).toBe('unknown');
    expect(side.textContent).toContain('HubSpot har inget API för personliga postlådor');
    const link = within(side).getByRole('link', { name: 'Öppna ”Anslutna e-postmeddelanden” i HubSpot' });
    expect(link.getAttribute('href')).toBe('https://app-eu1.hubspot.com/settings/4480123/user-preferences/email');
    expect(link.getAttribute('rel')).toContain('noopener');
  });
});

describe('side panel offline', () => {
  it('shows the cached mailboxes with the offline state and the age of the data', async () => {
    const threeHoursAgo = new Date(Date.now() - 3 * 60 * 60_000 - 5 * 60_000).toISOString();
    await repo.setMeta('syncStatus', { state: 'offline', lastCompletedAt: threeHoursAgo, retryAt: new Date(Date.now() + 60_000).toISOString(), updatedAt: new Date().toISOString() });
    await openPanel();
    const line = await screen.findByTestId('sync-status');
    expect(line.dataset.state).toBe('offline');
    expect(line.textContent).toContain('Offline: showing the last known state');
    expect(line.textContent).toContain('updated 3 hours ago');
    // The last known state stays usable: the rows still carry their statuses.
    expect(statusOf(BOB)).toBe('broken');
  });

  it('says so in the user language', async () => {
    await repo.setMeta('syncStatus', { state: 'offline', lastCompletedAt: new Date(Date.now() - 25 * 60_000).toISOString(), updatedAt: new Date().toISOString() });
    await openPanel('sv');
    const line = await screen.findByTestId('sync-status');
    expect(line.textContent).toContain('Offline: visar senast kända läge');
    expect(line.textContent).toContain('uppdaterad för 25 minuter sedan');
  });
});

describe('side panel without data', () => {
  it('explains how to connect HubSpot', async () => {
    await clearWorld();
    renderIn(<SidePanelApp />);
    const empty = await screen.findByTestId('sidepanel-empty');
    expect(empty.textContent).toContain('connect HubSpot');
    expect(within(empty).getByRole('button', { name: 'Open options' })).toBeTruthy();
  });

  it('offers no sync while HubSpot is not connected', async () => {
    await clearWorld();
    installBackground('sidepanel.html');
    await repo.setMeta('syncStatus', { state: 'not-connected', updatedAt: new Date().toISOString() });
    renderIn(<SidePanelApp />);
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('sync-now').disabled).toBe(true));
    expect((await screen.findByTestId('sidepanel-empty')).textContent).toContain('connect HubSpot');
  });

  it('with HubSpot connected, says the first sync is running instead of asking to connect it', async () => {
    await clearWorld();
    installBackground('sidepanel.html');
    await repo.putMany('credentials', [{ id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: 'pat-test', scopes: [], portalId: 4480123, savedAt: new Date().toISOString() }]);
    await repo.setMeta('syncStatus', { state: 'running', updatedAt: new Date().toISOString() });
    renderIn(<SidePanelApp />);
    const empty = await screen.findByTestId('sidepanel-empty');
    await waitFor(() => expect(empty.textContent).toContain('the first sync is running'));
    expect(empty.textContent).not.toContain('connect HubSpot');
    expect(within(empty).queryByRole('button', { name: 'Open options' })).toBeNull();
    expect(screen.getByTestId<HTMLButtonElement>('sync-now').disabled).toBe(false);
  });

  it('with HubSpot connected and the sync done, says what else finds mailboxes', async () => {
    await clearWorld();
    installBackground('sidepanel.html');
    await repo.putMany('credentials', [{ id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: 'pat-test', scopes: [], portalId: 4480123, savedAt: new Date().toISOString() }]);
    await repo.setMeta('syncStatus', { state: 'idle', lastCompletedAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    renderIn(<SidePanelApp />, 'de');
    const empty = await screen.findByTestId('sidepanel-empty');
    await waitFor(() => expect(empty.textContent).toContain('HubSpot ist verbunden. So findet Inboxlink Postfächer:'));
    expect(empty.textContent).not.toContain('verbinden Sie HubSpot');
    expect(empty.querySelectorAll('li')).toHaveLength(2);
  });
});
