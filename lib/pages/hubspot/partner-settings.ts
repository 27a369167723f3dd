import { allByRole, byRole, isBusy } from '../dom/page-dom';
import { HUBSPOT_LABELS, pageLocale } from './labels';
import { hubspotSignedInUser } from './signed-in-user';

/**
 * HubSpot's partner settings, read as a person reads them (dated 2026-12-07, checked against the
 * sandbox only; labels from seeds 001 and 004): Settings > Partner > Automation and its field
 * "Partner employee email domain" (sandbox/hosts/hubspot-app/README.md chose the URL; hubspot.md
 * §7 calls it a guess), and the settings sidebar, whose "Partner" section only partner accounts
 * have. No API says either (account details' accountType is STANDARD for a partner too).
 */

/** Settings > Partner > Automation. */
export const PARTNER_AUTOMATION_PATH = /^\/settings\/(\d+)\/partner\/automation\/?$/;
/** Any settings page: they all carry the settings sidebar. */
export const SETTINGS_PATH = /^\/settings\/(\d+)(?:\/|$)/;

export const partnerAutomationPath = (portalId: number | string): string => `/settings/${portalId}/partner/automation`;

export interface PartnerAutomationReading {
  portalId: string;
  /** The saved employee domain, lower case; null when the field is empty (none set). */
  domain: string | null;
  /** Whether this user may change it: field and Save enabled (HubSpot locks both for non-Super Admins). */
  editable: boolean;
  user: string | undefined;
}

export interface PartnerSectionReading {
  portalId: string;
  /** The sidebar has a Partner section: a HubSpot Solutions Partner (or Provider) account. */
  partner: boolean;
  user: string | undefined;
}

const savedDomain = (text: string): string | null => text.trim().toLowerCase().replace(/^@/, '').replace(/\.+$/, '') || null;

/**
 * The domain the Automation page holds. Only the saved value counts: the field's default value
 * (what the page loaded with), and only while it holds no unsaved edit — a domain typed but not
 * saved is not the partner's domain. Undefined when the field is not there (another page, a
 * non-partner account, a changed layout), while the page is loading, or while an edit is pending.
 */
export function readPartnerAutomation(doc: Document, path: string): PartnerAutomationReading | undefined {
  const portalId = PARTNER_AUTOMATION_PATH.exec(path)?.[1];
  if (!portalId) return undefined;
  const labels = HUBSPOT_LABELS[pageLocale(doc)];
  const field = byRole(doc, 'textbox', labels.partnerDomain) as HTMLInputElement | undefined;
  if (!field || isBusy(field)) return undefined;
  if (field.value !== field.defaultValue) return undefined;
  const form = field.closest('form') ?? doc;
  const save = byRole(form, 'button', labels.save) as HTMLButtonElement | undefined;
  const locked = (el: Element | undefined) => !el || (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true';
  return { portalId, domain: savedDomain(field.defaultValue), editable: !locked(field) && !locked(save), user: hubspotSignedInUser(doc) };
}

/**
 * Whether the settings sidebar (the navigation named "Settings" in the page's language) has a
 * Partner section: a heading, button or link named "Partner" ("Partnerzy"), or a link to the
 * Automation page. Undefined when the page has no settings sidebar (not read yet, or changed).
 */
export function readPartnerSection(doc: Document, path: string): PartnerSectionReading | undefined {
  const portalId = SETTINGS_PATH.exec(path)?.[1];
  if (!portalId) return undefined;
  const labels = HUBSPOT_LABELS[pageLocale(doc)];
  const nav = byRole(doc, 'navigation', labels.settings);
  if (!nav || isBusy(nav)) return undefined;
  const named = (['heading', 'button', 'link'] as const).some((role) => allByRole(nav, role, labels.partner).length > 0);
  const linked = [...nav.querySelectorAll('a[href]')].some((a) => PARTNER_AUTOMATION_PATH.test(new URL(a.getAttribute('href') ?? '', 'https://app.hubspot.com').pathname));
  return { portalId, partner: named || linked, user: hubspotSignedInUser(doc) };
}
