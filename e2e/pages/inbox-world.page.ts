import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer';
import type { LinkStatus } from '../../lib/status/mailbox-status';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { CONNECTIONS_LABELS } from '../../sandbox/hosts/google/connections-labels';
import { LIVE_CONSENT_LABELS } from '../../sandbox/hosts/microsoft/live-consent-labels';
import { clickAndReload, findByRole } from '../harness/aria';
import { mailPages } from '../harness/contract';
import { repoRoot } from '../harness/paths';

/**
 * The kinds of mailbox in the demo scenario (plus e2e/scenarios/inbox-kinds.json), each as a world
 * the extension must observe before a mail page can show its status: which HubSpot user's
 * Connected emails page lists it, which provider page shows its grant, on which mail page it is
 * opened, and the status the documented rules give (written per case, not computed).
 */

/** Shown as text wherever a name appears; runs if anything renders it as HTML. */
export const XSS = '<img src=x onerror=window.__xss=1>';

export type GrantPage = 'google' | 'my-apps' | 'live';

/** The kinds of scenario mailbox the status rules distinguish (issue 5, item 1). */
export type MailboxKind = 'google' | 'microsoft365' | 'outlook' | 'imap' | 'team-active' | 'team-unauthorized' | 'team-archived';

type PersonalError = 'access-revoked' | 'password-changed' | 'sync-error';

export interface MailboxCase {
  id: string;
  kind: MailboxKind;
  address: string;
  mailPage: string;
  /** Written from the documented rules for the case's facts, never computed by the product. */
  expected: LinkStatus;
  /**
   * HubSpot's side. Personal inboxes are observed on HubSpot's Connected emails page (a removed
   * one is first shown disabled, then missing); `unobserved`: that page is never visited for it.
   * Team channels are known from the sync; the state named here is checked against the world.
   */
  crm:
    | { personal: 'connected' | 'disabled' | 'removed'; error?: PersonalError }
    | { unobserved: true }
    | { team: 'active' | 'unauthorized' | 'archived' };
  /** Where the provider's grant is observed, and whether HubSpot is listed there; absent: never looked at. */
  grant?: { page: GrantPage; present: boolean };
}

/** The mail pages: the harness's three plus Microsoft 365's second Outlook host. */
export const MAIL_PAGES = { ...mailPages, outlookOffice365: 'https://outlook.office365.com/mail/' } as const;

const google = (present: boolean) => ({ page: 'google', present }) as const;
const myApps = (present: boolean) => ({ page: 'my-apps', present }) as const;
const live = (present: boolean) => ({ page: 'live', present }) as const;

/**
 * Every kind of scenario mailbox in every status its rules allow, each on the mail host its
 * provider serves. The rules (issue 5, item 1): linked = HubSpot side connected and healthy and
 * the grant not known gone; broken = connected but unhealthy, or connected with the grant known
 * gone; half-unlinked = disabled/removed/archived with the grant present or not verified gone;
 * not-linked = disabled/removed/archived with the grant known gone or none applying (IMAP);
 * unknown = HubSpot's side never seen.
 *
 * IMAP on a mail page: HubSpot's IMAP connection ("other email provider") is chosen per inbox,
 * so the mailbox behind it may well be one Outlook on the web shows (here outlook.office.com).
 * The status must follow how HubSpot connects it (IMAP: no grant applies), not the mail host.
 */
export const MAILBOX_CASES: readonly MailboxCase[] = [
  // Google (personal Gmail / Workspace) on Gmail.
  { id: 'google-connected-granted', kind: 'google', address: 'katrin.sommer@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'connected' }, grant: google(true), expected: 'linked' },
  { id: 'google-connected-grant-gone', kind: 'google', address: 'joerg.mueller@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'connected' }, grant: google(false), expected: 'broken' },
  { id: 'google-connected-error', kind: 'google', address: 'sofie.jansen@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'connected', error: 'access-revoked' }, expected: 'broken' },
  { id: 'google-disabled-granted', kind: 'google', address: 'hannah.schmidt@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'disabled' }, grant: google(true), expected: 'half-unlinked' },
  { id: 'google-disabled-grant-gone', kind: 'google', address: 'julia.krause@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'disabled' }, grant: google(false), expected: 'not-linked' },
  { id: 'google-removed-granted', kind: 'google', address: 'greta.bauer@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'removed' }, grant: google(true), expected: 'half-unlinked' },
  { id: 'google-removed-grant-gone', kind: 'google', address: 'mallory@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'removed' }, grant: google(false), expected: 'not-linked' },
  // A grant seen at Google says nothing about HubSpot's side, which was never looked at.
  { id: 'google-unobserved', kind: 'google', address: 'chiara.rossi.freelance@gmail.com', mailPage: MAIL_PAGES.gmail, crm: { unobserved: true }, grant: google(true), expected: 'unknown' },
  // Microsoft 365 on both Outlook work hosts.
  { id: 'microsoft365-connected-granted', kind: 'microsoft365', address: 'lars.andersson@nordlicht-nordic.example', mailPage: MAIL_PAGES.outlookWork, crm: { personal: 'connected' }, grant: myApps(true), expected: 'linked' },
  { id: 'microsoft365-connected-error', kind: 'microsoft365', address: 'emma.lindqvist@nordlicht-nordic.example', mailPage: MAIL_PAGES.outlookOffice365, crm: { personal: 'connected', error: 'password-changed' }, grant: myApps(true), expected: 'broken' },
  { id: 'microsoft365-disabled-granted', kind: 'microsoft365', address: 'bjoern.karlsson@nordlicht-nordic.example', mailPage: MAIL_PAGES.outlookWork, crm: { personal: 'disabled' }, grant: myApps(true), expected: 'half-unlinked' },
  // My Apps can never show a grant gone (it may hide apps, issue 18): without an admin's API check the
  // provider side stays unchecked, and a mailbox HubSpot no longer uses may still be granted.
  { id: 'microsoft365-removed-provider-unchecked', kind: 'microsoft365', address: 'sara.nilsson@nordlicht-nordic.example', mailPage: MAIL_PAGES.outlookOffice365, crm: { personal: 'removed' }, expected: 'half-unlinked' },
  { id: 'microsoft365-unobserved', kind: 'microsoft365', address: 'oliver.bennett@nordlicht-nordic.example', mailPage: MAIL_PAGES.outlookOffice365, crm: { unobserved: true }, expected: 'unknown' },
  // Outlook.com on outlook.live.com (Samuel twice: the newest grant observation decides).
  { id: 'outlook-com-connected-granted', kind: 'outlook', address: 'sam.okafor@outlook.com', mailPage: MAIL_PAGES.outlookPersonal, crm: { personal: 'connected' }, grant: live(true), expected: 'linked' },
  { id: 'outlook-com-connected-grant-gone', kind: 'outlook', address: 'sam.okafor@outlook.com', mailPage: MAIL_PAGES.outlookPersonal, crm: { personal: 'connected' }, grant: live(false), expected: 'broken' },
  { id: 'outlook-com-disabled-granted', kind: 'outlook', address: 'zoe.dubois@hotmail.com', mailPage: MAIL_PAGES.outlookPersonal, crm: { personal: 'disabled' }, grant: live(true), expected: 'half-unlinked' },
  { id: 'outlook-com-removed-grant-gone', kind: 'outlook', address: 'daan.deboer@outlook.com', mailPage: MAIL_PAGES.outlookPersonal, crm: { personal: 'removed' }, grant: live(false), expected: 'not-linked' },
  // Not in HubSpot at all: an Outlook.com address nobody connected.
  { id: 'outlook-com-unobserved', kind: 'outlook', address: 'nina.berg@outlook.com', mailPage: MAIL_PAGES.outlookPersonal, crm: { unobserved: true }, expected: 'unknown' },
  // IMAP: no grant applies, so there is no half-unlinked.
  { id: 'imap-connected', kind: 'imap', address: 'kwame.mensah@nordlicht-events.example', mailPage: MAIL_PAGES.outlookWork, crm: { personal: 'connected' }, expected: 'linked' },
  { id: 'imap-connected-error', kind: 'imap', address: 'isabel.ferreira@nordlicht-events.example', mailPage: MAIL_PAGES.outlookWork, crm: { personal: 'connected', error: 'password-changed' }, expected: 'broken' },
  { id: 'imap-disabled', kind: 'imap', address: 'mark.dejong@nordlicht-events.example', mailPage: MAIL_PAGES.outlookWork, crm: { personal: 'disabled' }, expected: 'not-linked' },
  // Paula's address is on the Google Workspace domain: her IMAP-connected mailbox opens in Gmail.
  { id: 'imap-removed', kind: 'imap', address: 'paula.lewandowska@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { personal: 'removed' }, expected: 'not-linked' },
  // No IMAP `unknown`: only HubSpot's row says an inbox is IMAP; unseen, it is just an address
  // on its mail host (the `*-unobserved` cases above).
  // Team email channels, known from the sync.
  { id: 'team-channel-active', kind: 'team-active', address: 'support@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { team: 'active' }, expected: 'linked' },
  { id: 'team-channel-active-microsoft365', kind: 'team-active', address: 'saljare@nordlicht-nordic.example', mailPage: MAIL_PAGES.outlookWork, crm: { team: 'active' }, grant: myApps(true), expected: 'linked' },
  { id: 'team-channel-unauthorized', kind: 'team-unauthorized', address: 'info@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { team: 'unauthorized' }, expected: 'broken' },
  { id: 'team-channel-archived-granted', kind: 'team-archived', address: 'kontakt@nordlicht.example', mailPage: MAIL_PAGES.gmail, crm: { team: 'archived' }, grant: google(true), expected: 'half-unlinked' },
  { id: 'team-channel-archived-provider-unchecked', kind: 'team-archived', address: 'nordics@nordlicht-nordic.example', mailPage: MAIL_PAGES.outlookOffice365, crm: { team: 'archived' }, expected: 'half-unlinked' },
];

/**
 * The demo world plus e2e/scenarios/inbox-kinds.json (the archived team channels the demo lacks).
 * Every case's world keeps the same channels, so a sync started in the middle of the run (the
 * side panel refreshes stale data) learns nothing that would change another case.
 */
export function demoScenario(): Scenario {
  const demo = JSON.parse(readFileSync(path.join(repoRoot, 'sandbox/scenarios/demo.json'), 'utf8')) as Scenario;
  const extra = JSON.parse(readFileSync(path.join(repoRoot, 'e2e/scenarios/inbox-kinds.json'), 'utf8')) as Pick<Scenario, 'teamChannels' | 'providerGrants'>;
  return {
    ...demo,
    teamChannels: [...(demo.teamChannels ?? []), ...(extra.teamChannels ?? [])],
    providerGrants: [...(demo.providerGrants ?? []), ...(extra.providerGrants ?? [])],
  };
}

/** The channel's flags as HubSpot's API gives them (schema defaults: active, authorized, not archived). */
function teamState(channel: NonNullable<Scenario['teamChannels']>[number]): 'active' | 'unauthorized' | 'archived' | 'inactive' {
  if (channel.archived) return 'archived';
  if (channel.active === false) return 'inactive';
  return channel.authorized === false ? 'unauthorized' : 'active';
}

/**
 * The demo world in `language` set up for one case: the mailbox's owner signed in to HubSpot,
 * its inbox in the case's state (and error), the mailbox signed in to its mail page and to its
 * provider's consent page, its grant removed when the case wants it gone, and markup in every
 * person's and channel's name. A team case's channel must already be in the case's state.
 * `phase: 'before-removal'` shows a to-be-removed inbox as disabled (HubSpot lists it; the next
 * phase's list then lacks it, which is how a removal is observed).
 */
export function caseWorld(base: Scenario, language: Language, mailbox: MailboxCase, phase: 'before-removal' | 'final' = 'final'): Scenario {
  const scenario = structuredClone(base);
  scenario.portal.language = language;
  for (const user of scenario.users) user.firstName = `${user.firstName ?? ''} ${XSS}`;
  for (const channel of scenario.teamChannels ?? []) channel.name = `${channel.name} ${XSS}`;
  const same = (address: string) => address.toLowerCase() === mailbox.address;
  if ('personal' in mailbox.crm) {
    const inbox = scenario.personalInboxes?.find((i) => same(i.address));
    if (!inbox) throw new Error(`the demo has no personal inbox ${mailbox.address}`);
    inbox.state = mailbox.crm.personal === 'removed' && phase === 'before-removal' ? 'disabled' : mailbox.crm.personal;
    if (mailbox.crm.error) inbox.error = mailbox.crm.error;
    else delete inbox.error;
    scenario.signedIn = { ...scenario.signedIn, hubspotUserId: inbox.userId };
    // Only an active user can sign in to HubSpot and see their Connected emails page.
    const owner = scenario.users.find((u) => u.id === inbox.userId);
    if (owner) owner.status = 'active';
  }
  if ('team' in mailbox.crm) {
    const channel = scenario.teamChannels?.find((c) => same(c.address));
    const state = channel ? teamState(channel) : 'missing';
    if (state !== mailbox.crm.team) throw new Error(`team channel ${mailbox.address} is ${state} in the world, the case says ${mailbox.crm.team}`);
  }
  if (mailbox.grant && !mailbox.grant.present) {
    scenario.providerGrants = (scenario.providerGrants ?? []).filter((g) => !same(g.address) || !/hubspot/i.test(g.app));
  }
  const mailSide = mailbox.mailPage === mailPages.gmail ? { gmail: mailbox.address } : { outlook: mailbox.address };
  const grantSide = mailbox.grant?.page === 'google' ? { google: mailbox.address } : mailbox.grant?.page === 'my-apps' ? { microsoft: mailbox.address } : {};
  scenario.signedIn = { ...scenario.signedIn, ...mailSide, ...grantSide };
  return scenario;
}

export function connectedEmailsUrl(scenario: Scenario): string {
  return `https://${scenario.portal.uiHost ?? 'app.hubspot.com'}/settings/${scenario.portal.id}/user-preferences/email`;
}

export const GRANT_PAGES: Record<GrantPage, { url: string; host: string; provider: string }> = {
  google: { url: 'https://myaccount.google.com/connections', host: 'myaccount.google.com', provider: 'google' },
  'my-apps': { url: 'https://myapps.microsoft.com/', host: 'myapps.microsoft.com', provider: 'microsoft365' },
  live: { url: 'https://account.live.com/consent/Manage', host: 'account.live.com', provider: 'outlook' },
};

/**
 * Removes HubSpot's access on the provider page open in `page` as its user does, by the page's own
 * labels: Google's "HubSpot" → "Remove access" → "Confirm"; account.live.com's "HubSpot" → "Edit"
 * → "Remove these permissions" → confirm. Only a removal pressed on the page proves the grant gone
 * (issue 18). My Apps proves nothing once revoked (its home may hide apps), so it has no such path.
 */
export async function revokeGrantAsUser(page: Page, grantPage: GrantPage, language: Language): Promise<void> {
  await page.bringToFront();
  if (grantPage === 'my-apps') throw new Error('My Apps cannot show a grant gone (it may hide apps): only the API or the user\'s confirmation can');
  await Promise.all([page.waitForNavigation(), (await findByRole(page, 'link', 'HubSpot')).click()]);
  if (grantPage === 'google') {
    const labels = CONNECTIONS_LABELS[language];
    await clickAndReload(page, await findByRole(page, 'button', labels.removeAccess));
    await clickAndReload(page, await findByRole(page, 'button', labels.confirm));
    return;
  }
  const labels = LIVE_CONSENT_LABELS[language];
  await clickAndReload(page, await findByRole(page, 'button', labels.edit));
  await clickAndReload(page, await findByRole(page, 'button', labels.remove));
  await clickAndReload(page, await findByRole(page, 'button', labels.confirm));
}
