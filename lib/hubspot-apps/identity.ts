/**
 * The one rule that says whether an OAuth app a provider lists is HubSpot's: for the sync, the
 * plans' deletes and checks, and (through the grants the sync stores) the findings. By identity,
 * never by display name alone (any user may register an app named "HubSpot"):
 * - an id in known-ids.ts (with its public source) is HubSpot's;
 * - an id the directory's admin confirmed once (name, id, scopes and publisher shown) is HubSpot's
 *   for that directory (confirmations are kept per Google domain / Entra tenant);
 * - otherwise an app is only a candidate when it looks like HubSpot's: its display name is one of
 *   HubSpot's app names, and for Entra a multi-tenant app owned by another organisation than the
 *   customer's (appOwnerOrganizationId), with HubSpot as its verified publisher where it has one;
 *   for Google a registered web client (not anonymous, not an installed app) of another project
 *   than the customer's own. A candidate counts as HubSpot's access for the status (a grant that
 *   may be HubSpot's is not called gone), but nothing is deleted for it before the confirmation.
 * - anything else is not HubSpot's.
 */
import { isHubSpotApp } from '../pages/hubspot/app-names';
import { KNOWN_HUBSPOT_ENTRA_APP_IDS, KNOWN_HUBSPOT_GOOGLE_CLIENT_IDS } from './known-ids';

export type AppIdentity = 'known' | 'confirmed' | 'candidate';
export type AppVerdict = AppIdentity | 'not-hubspot';

/** What a directory's admin confirmed: app ids per directory (`google:<domain>`, `entra:<tenant id>`). */
export type ConfirmedApps = Readonly<Record<string, readonly string[]>>;

export const googleDirectory = (domain: string): string => `google:${domain.toLowerCase()}`;
export const entraDirectory = (tenantId: string): string => `entra:${tenantId.toLowerCase()}`;

const confirmedIn = (confirmed: ConfirmedApps, directory: string, id: string): boolean =>
  (confirmed[directory] ?? []).some((known) => known.toLowerCase() === id.toLowerCase());

export interface EntraApp {
  appId: string;
  displayName?: string | null;
  appOwnerOrganizationId?: string | null;
  verifiedPublisher?: { displayName?: string | null } | null;
}

/** Whether `app` (a tenant's service principal) is HubSpot's, in the tenant `tenantId`. */
export function entraVerdict(app: EntraApp, tenantId: string, confirmed: ConfirmedApps = {}): AppVerdict {
  if (KNOWN_HUBSPOT_ENTRA_APP_IDS.some((known) => known.id.toLowerCase() === app.appId.toLowerCase())) return 'known';
  if (confirmedIn(confirmed, entraDirectory(tenantId), app.appId)) return 'confirmed';
  if (!isHubSpotApp(app.displayName ?? '')) return 'not-hubspot';
  const owner = app.appOwnerOrganizationId?.toLowerCase();
  // Registered in the customer's own tenant (or owner unknown): not HubSpot's multi-tenant app.
  if (!owner || owner === tenantId.toLowerCase()) return 'not-hubspot';
  const publisher = app.verifiedPublisher?.displayName;
  if (publisher && !/^hubspot\b/i.test(publisher.trim())) return 'not-hubspot';
  return 'candidate';
}

export interface GoogleApp {
  clientId: string;
  displayText: string;
  anonymous?: boolean;
  nativeApp?: boolean;
}

/** A registered Google OAuth client id: `<project number>-<hash>.apps.googleusercontent.com`. */
const GOOGLE_CLIENT_ID = /^(\d+)-[a-z0-9]+\.apps\.googleusercontent\.com$/i;

/** The Google Cloud project an OAuth client id belongs to. */
export function googleProjectOf(clientId: string): string | undefined {
  return GOOGLE_CLIENT_ID.exec(clientId)?.[1];
}

/**
 * Whether `app` (a Workspace user's token) is HubSpot's, in the Workspace `domain`.
 * `ownProjects` are the customer's own Google Cloud projects (its internal apps), where known.
 */
export function googleVerdict(app: GoogleApp, domain: string, confirmed: ConfirmedApps = {}, ownProjects: readonly string[] = []): AppVerdict {
  if (KNOWN_HUBSPOT_GOOGLE_CLIENT_IDS.some((known) => known.id === app.clientId)) return 'known';
  if (confirmedIn(confirmed, googleDirectory(domain), app.clientId)) return 'confirmed';
  if (!isHubSpotApp(app.displayText)) return 'not-hubspot';
  if (app.anonymous || app.nativeApp) return 'not-hubspot';
  const project = googleProjectOf(app.clientId);
  if (!project || ownProjects.includes(project)) return 'not-hubspot';
  return 'candidate';
}

export const isHubSpotIdentity = (verdict: AppVerdict): verdict is AppIdentity => verdict !== 'not-hubspot';
/** Whether a plan may delete the app's access: only what is known or the admin confirmed. */
export const mayDelete = (verdict: AppVerdict): boolean => verdict === 'known' || verdict === 'confirmed';
