import type { SnapshotKind, SnapshotListing } from '../messaging/observation-snapshot-protocol';
import { allByRole } from '../pages/dom/page-dom';
import { listCompleteness } from '../pages/dom/list-completeness';
import { readChannels, CHANNELS_PATH } from '../pages/hubspot/channels';
import { readConnectedEmails, CONNECTED_EMAILS_PATH } from '../pages/hubspot/connected-emails';
import { isHubSpotApp } from '../pages/hubspot/app-names';
import { readGoogleConnections, GOOGLE_CONNECTIONS_PATH } from '../pages/google/connections';
import { readLiveConsent, LIVE_CONSENT_PATH } from '../pages/microsoft/live-consent';
import { readMyAppsHome, readMyAppsManage, MYAPPS_HOME_PATH, MYAPPS_MANAGE_PATH } from '../pages/microsoft/my-apps';

export type SnapshotValue = Record<string, string | number | boolean | null>;

/** What one page shows, as the `observation/snapshot` message carries it. */
export interface PageSnapshot {
  kind: SnapshotKind;
  path: string;
  scope: string;
  items: { address: string; value: SnapshotValue }[];
  /**
   * Whether the page's list shows every entry: only then can an entry missing from it (or
   * HubSpot missing from a consent page) be gone rather than filtered, paged or hidden away.
   */
  listing: SnapshotListing;
}

/**
 * One page the guide reads. `read` gives the snapshot, 'skip' when the page is about something
 * we do not track (another app's permissions), or undefined while it cannot be read (still
 * rendering, or the layout changed: the runner tells those apart by time).
 */
export interface PageReader<T = PageSnapshot> {
  /** Names the page in drift reports. */
  id: string;
  hosts: readonly string[];
  matches(url: URL): boolean;
  read(doc: Document, url: URL): T | 'skip' | undefined;
}

export const HUBSPOT_HOSTS = ['app.hubspot.com', 'app-eu1.hubspot.com'] as const;

/** A consent page's app list: the lists of its main region. */
function listingOfMain(doc: Document, url: URL): SnapshotListing {
  const main = doc.querySelector('main, [role="main"]') ?? doc.body;
  return main ? listCompleteness(main, allByRole(main, 'list'), url) : 'partial';
}

const grant = (account: string, present: boolean, app: string, provider: string, extra: SnapshotValue = {}) => ({
  address: account,
  value: { present, app, provider, ...extra },
});

export const PAGE_READERS: readonly PageReader[] = [
  {
    id: 'hubspot:connected-emails',
    hosts: HUBSPOT_HOSTS,
    matches: (url) => CONNECTED_EMAILS_PATH.test(url.pathname),
    read(doc, url) {
      const page = readConnectedEmails(doc, url.pathname, url);
      if (!page) return undefined;
      // The list is the signed-in user's own: scope it to that user where the page shows them.
      const scope = `portal:${page.portalId}${page.user ? `:user:${page.user}` : ''}`;
      const items = page.rows.map((row) => ({ address: row.address, value: { state: row.state, error: row.error, provider: row.provider, portalId: page.portalId } }));
      return { kind: 'crm-personal-inbox', path: url.pathname, scope, items, listing: page.listing };
    },
  },
  {
    id: 'hubspot:channels',
    hosts: HUBSPOT_HOSTS,
    matches: (url) => CHANNELS_PATH.test(url.pathname),
    read(doc, url) {
      const page = readChannels(doc, url.pathname, url);
      if (!page) return undefined;
      const items = page.channels.map((c) => ({ address: c.address, value: { inboxId: page.inboxId, archived: false, provider: c.provider, connectedBy: c.connectedBy, portalId: page.portalId } }));
      return { kind: 'crm-team-channel', path: url.pathname, scope: `portal:${page.portalId}:inbox:${page.inboxId}`, items, listing: page.listing };
    },
  },
  {
    id: 'google:connections',
    hosts: ['myaccount.google.com'],
    matches: (url) => GOOGLE_CONNECTIONS_PATH.test(url.pathname),
    read(doc, url) {
      const page = readGoogleConnections(doc, url.pathname);
      if (!page) return undefined;
      const listed = page.apps.find(isHubSpotApp);
      const item = grant(page.account, page.hubspotListed, listed ?? 'HubSpot', 'google');
      return { kind: 'provider-grant', path: url.pathname, scope: page.account, items: [item], listing: listingOfMain(doc, url) };
    },
  },
  {
    id: 'microsoft:my-apps',
    hosts: ['myapps.microsoft.com', 'myapplications.microsoft.com'],
    matches: (url) => MYAPPS_HOME_PATH.test(url.pathname),
    read(doc, url) {
      const page = readMyAppsHome(doc, url.pathname);
      if (!page) return undefined;
      const item = grant(page.account, page.hubspotApp !== undefined, page.hubspotApp ?? 'HubSpot Sales', 'microsoft365');
      // Users hide apps from My Apps and admins make them invisible, and the page may show another
      // organisation: a tile says HubSpot has access, no tile says nothing.
      return { kind: 'provider-grant', path: url.pathname, scope: page.account, items: [item], listing: 'may-hide' };
    },
  },
  {
    id: 'microsoft:my-apps-manage',
    hosts: ['myapps.microsoft.com', 'myapplications.microsoft.com'],
    matches: (url) => MYAPPS_MANAGE_PATH.test(url.pathname),
    read(doc, url) {
      const page = readMyAppsManage(doc, url.pathname);
      if (!page) return undefined;
      if (!isHubSpotApp(page.app)) return 'skip';
      // Admin consent still gives HubSpot access, so it counts as present; the plan tells the
      // user it is theirs to ask their admin about (userConsented: false).
      const extra = { userConsented: page.userScopes.length > 0, adminConsented: page.adminConsented, scopes: page.userScopes.join(' ').slice(0, 512) };
      const item = grant(page.account, page.userScopes.length > 0 || page.adminConsented, page.app, 'microsoft365', extra);
      // HubSpot's own page lists what it holds, nothing else: it is complete by itself.
      return { kind: 'provider-grant', path: url.pathname, scope: page.account, items: [item], listing: 'complete' };
    },
  },
  {
    id: 'microsoft:live-consent',
    hosts: ['account.live.com'],
    // An app's own page in the sandbox is ?app= on the same path; only the list is read.
    matches: (url) => LIVE_CONSENT_PATH.test(url.pathname) && !url.searchParams.has('app'),
    read(doc, url) {
      const page = readLiveConsent(doc, url.pathname);
      if (!page) return undefined;
      const listed = page.apps.find(isHubSpotApp);
      const item = grant(page.account, page.hubspotListed, listed ?? 'HubSpot', 'outlook');
      return { kind: 'provider-grant', path: url.pathname, scope: page.account, items: [item], listing: listingOfMain(doc, url) };
    },
  },
];

export function readerFor(url: URL): PageReader | undefined;
export function readerFor<T>(url: URL, readers: readonly PageReader<T>[]): PageReader<T> | undefined;
export function readerFor(url: URL, readers: readonly PageReader<unknown>[] = PAGE_READERS): PageReader<unknown> | undefined {
  return readers.find((reader) => reader.hosts.includes(url.hostname) && reader.matches(url));
}
