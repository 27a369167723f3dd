/**
 * Whose page an observation was made on, and the one rule that says whether it can speak for
 * an expected context. Pure: no browser APIs, so the status rule, the plans and the UI share it.
 *
 * Everything is derived from what the background stored from the browser-stamped sender (host,
 * path, the tenant of the page's URL), never from what a content script claimed:
 * - the provider whose consent page it was, from the host (account.live.com is Outlook.com's
 *   consumer page and never speaks for a Google or Microsoft 365 mailbox);
 * - the HubSpot portal, from the path: every HubSpot settings URL names it as its second segment
 *   (`/settings/{P}/…`, `/live-messages-settings/{P}/…`, hubspot.md §7), a number everywhere;
 * - the Microsoft organisation (tenant) where the page's URL named one (`?tenantId=`).
 * Old observations carry host and path too, so none needs a migration to be bound; they simply
 * have no tenant.
 */
import type { GrantProvider } from './grant';
import type { Observation } from './observation';

/** HubSpot's UI hosts (US and EU data centres). */
export const HUBSPOT_UI_HOSTS: readonly string[] = ['app.hubspot.com', 'app-eu1.hubspot.com'];

/** The consent pages, and the provider each one speaks for. */
export const CONSENT_PAGE_PROVIDERS: Readonly<Record<string, GrantProvider>> = {
  'myaccount.google.com': 'google',
  'myapps.microsoft.com': 'microsoft365',
  'myapplications.microsoft.com': 'microsoft365',
  'account.live.com': 'outlook',
};

/** Which hosts show each kind of list the guide reads: a snapshot or an action from any other is refused. */
export const LIST_HOSTS: Readonly<Record<'crm-personal-inbox' | 'crm-team-channel' | 'provider-grant', readonly string[]>> = {
  'crm-personal-inbox': HUBSPOT_UI_HOSTS,
  'crm-team-channel': HUBSPOT_UI_HOSTS,
  'provider-grant': Object.keys(CONSENT_PAGE_PROVIDERS),
};

export interface ObservedContext {
  /** The provider whose consent page it was; undefined on HubSpot's and the mail pages. */
  provider?: GrantProvider;
  /** The HubSpot portal whose page it was; undefined elsewhere. */
  portalId?: number;
  /** The Microsoft organisation the page's URL named (tenant id or domain, lower case). */
  tenant?: string;
}

/** What an expected observation must come from: these hosts, and where set, this provider, portal, tenant. */
export interface ObservationBinding {
  hosts: readonly string[];
  provider?: GrantProvider;
  portalId?: number;
  /** The mailbox's organisation as My Apps names it in `?tenantId=` (its domain). */
  tenant?: string;
}

const PORTAL_IN_PATH = /^\/[^/]+\/(\d+)(?:\/|$)/;

/** The portal a HubSpot page's path names, as a number (the one type portal ids have). */
export function portalOfPath(path: string): number | undefined {
  const id = PORTAL_IN_PATH.exec(path)?.[1];
  return id === undefined ? undefined : Number(id);
}

export function observedContext(o: Pick<Observation, 'host' | 'path' | 'tenant'>): ObservedContext {
  const provider = Object.hasOwn(CONSENT_PAGE_PROVIDERS, o.host) ? CONSENT_PAGE_PROVIDERS[o.host] : undefined;
  const portalId = HUBSPOT_UI_HOSTS.includes(o.host) ? portalOfPath(o.path) : undefined;
  return {
    ...(provider ? { provider } : {}),
    ...(portalId !== undefined ? { portalId } : {}),
    ...(o.tenant ? { tenant: o.tenant.toLowerCase() } : {}),
  };
}

/**
 * Whether an observation can speak for the binding: from one of its hosts, of its provider and
 * portal where those are set. A page that names another organisation than the binding's proves
 * nothing about it; one that names none is the account's home organisation (My Apps opens there).
 */
export function matchesBinding(binding: ObservationBinding, seen: Pick<Observation, 'host' | 'path' | 'tenant'>): boolean {
  if (!binding.hosts.includes(seen.host)) return false;
  const on = observedContext(seen);
  if (binding.provider !== undefined && on.provider !== binding.provider) return false;
  if (binding.portalId !== undefined && on.portalId !== binding.portalId) return false;
  if (binding.tenant !== undefined && on.tenant !== undefined && on.tenant !== binding.tenant.toLowerCase()) return false;
  return true;
}

/** The hosts whose pages may speak about a provider's grant. */
export function consentHostsOf(provider: GrantProvider): string[] {
  return Object.keys(CONSENT_PAGE_PROVIDERS).filter((host) => CONSENT_PAGE_PROVIDERS[host] === provider);
}
