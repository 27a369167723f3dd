import { findSignedInAddress } from '../find-address';
import { namesListedUnder } from '../dom/listed-names';
import { accessibleName, allByRole, byRole, isBusy, normalizeText, pageLocale } from '../dom/page-dom';
import { isHubSpotApp } from '../hubspot/app-names';
import { microsoftAccountStrategies } from './account';
import { MYAPPS_LABELS } from './labels';

/** My Apps' app list (providers.md §8). */
export const MYAPPS_HOME_PATH = /^\/?$/;
/** One app's page, reached by the tile's "…" > "Manage your application". */
export const MYAPPS_MANAGE_PATH = /^\/manage\/?$/;

const accountOf = (doc: Document) =>
  findSignedInAddress(doc, microsoftAccountStrategies((d) => [MYAPPS_LABELS[pageLocale(d)].signedInAs]))?.address;

export interface MyAppsHomeReading {
  account: string;
  apps: string[];
  /** The HubSpot tile's name ("HubSpot Sales"), if there is one. */
  hubspotApp: string | undefined;
}

/**
 * The tiles of My Apps under the page's "My Apps" heading (in its language); each tile's name is
 * its heading. Dated 2026-11-22. Undefined without that heading or without a signed-in account.
 */
export function readMyAppsHome(doc: Document, path: string): MyAppsHomeReading | undefined {
  if (!MYAPPS_HOME_PATH.test(path)) return undefined;
  const heading = byRole(doc, 'heading', MYAPPS_LABELS[pageLocale(doc)].title);
  if (!heading || isBusy(heading.closest('main') ?? heading)) return undefined;
  const account = accountOf(doc);
  if (!account) return undefined;
  const apps = namesListedUnder(heading);
  return { account, apps, hubspotApp: apps.find(isHubSpotApp) };
}

export interface MyAppsManageReading {
  account: string;
  app: string;
  /** Permissions the user consented to (Principal grants): the ones "Revoke permissions" removes. */
  userScopes: string[];
  /** The tenant's admin consent is listed ("You can't revoke these permissions"). */
  adminConsented: boolean;
}

/**
 * One app's page: its name (the main heading), the section "Permissions you've granted" and
 * its list of permissions, and whether an administrator's section is there. Dated 2026-11-22.
 * Undefined without the "Permissions you've granted" heading in the page's language.
 */
export function readMyAppsManage(doc: Document, path: string): MyAppsManageReading | undefined {
  if (!MYAPPS_MANAGE_PATH.test(path)) return undefined;
  const labels = MYAPPS_LABELS[pageLocale(doc)];
  const mine = byRole(doc, 'heading', labels.youGranted);
  const title = byRole(doc, 'heading', (name) => name !== '' && name !== labels.youGranted && name !== labels.adminGranted);
  if (!mine || !title) return undefined;
  const account = accountOf(doc);
  if (!account) return undefined;
  // The section the heading names; its list items are the permissions.
  const section = mine.closest('section, [role="region"]') ?? mine.parentElement;
  const userScopes = section ? allByRole(section, 'listitem').map((item) => normalizeText(item.textContent)).filter(Boolean) : [];
  return { account, app: accessibleName(title), userScopes, adminConsented: byRole(doc, 'heading', labels.adminGranted) !== undefined };
}
