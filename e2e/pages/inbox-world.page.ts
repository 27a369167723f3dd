import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LinkStatus } from '../../lib/status/mailbox-status';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { mailPages } from '../harness/contract';
import { repoRoot } from '../harness/paths';

/**
 * The kinds of mailbox in the demo scenario, each as a world the extension must observe before a
 * mail page can show its status: which HubSpot user's Connected emails page lists it, which
 * provider page shows its grant, on which mail page it is opened, and the status the rules give.
 */

/** Shown as text wherever a name appears; runs if anything renders it as HTML. */
export const XSS = '<img src=x onerror=window.__xss=1>';

export type GrantPage = 'google' | 'my-apps' | 'live';

export interface MailboxCase {
  id: string;
  address: string;
  mailPage: string;
  expected: LinkStatus;
  /** Personal inboxes are observed on HubSpot's page (state before 'removed' shows it first as disabled); team ones by a sync. */
  crm: { personal: 'connected' | 'disabled' | 'removed' } | { team: true };
  /** Where the provider's grant is observed, and whether HubSpot is listed there. */
  grant?: { page: GrantPage; present: boolean };
}

const personalGoogle = (id: string, address: string, personal: 'connected' | 'disabled' | 'removed', present: boolean, expected: LinkStatus): MailboxCase => ({
  id, address, mailPage: mailPages.gmail, expected, crm: { personal }, grant: { page: 'google', present },
});

export const MAILBOX_CASES: readonly MailboxCase[] = [
  personalGoogle('google-connected-granted', 'katrin.sommer@nordlicht.example', 'connected', true, 'linked'),
  personalGoogle('google-connected-grant-gone', 'joerg.mueller@nordlicht.example', 'connected', false, 'broken'),
  personalGoogle('google-disabled-granted', 'hannah.schmidt@nordlicht.example', 'disabled', true, 'half-unlinked'),
  personalGoogle('google-disabled-grant-gone', 'julia.krause@nordlicht.example', 'disabled', false, 'not-linked'),
  personalGoogle('google-removed-granted', 'greta.bauer@nordlicht.example', 'removed', true, 'half-unlinked'),
  personalGoogle('google-removed-grant-gone', 'mallory@nordlicht.example', 'removed', false, 'not-linked'),
  { id: 'microsoft365', address: 'lars.andersson@nordlicht-nordic.example', mailPage: mailPages.outlookWork, expected: 'linked', crm: { personal: 'connected' }, grant: { page: 'my-apps', present: true } },
  { id: 'outlook-com', address: 'sam.okafor@outlook.com', mailPage: mailPages.outlookPersonal, expected: 'linked', crm: { personal: 'connected' }, grant: { page: 'live', present: true } },
  // IMAP has no grant to HubSpot; its error in HubSpot ("password changed") makes it broken.
  { id: 'imap', address: 'isabel.ferreira@nordlicht-events.example', mailPage: mailPages.outlookWork, expected: 'broken', crm: { personal: 'connected' } },
  { id: 'team-channel', address: 'support@nordlicht.example', mailPage: mailPages.gmail, expected: 'linked', crm: { team: true } },
  { id: 'team-channel-unauthorized', address: 'info@nordlicht.example', mailPage: mailPages.gmail, expected: 'broken', crm: { team: true } },
];

export function demoScenario(): Scenario {
  return JSON.parse(readFileSync(path.join(repoRoot, 'sandbox/scenarios/demo.json'), 'utf8')) as Scenario;
}

/**
 * The demo world in `language` set up for one case: the mailbox's owner signed in to HubSpot,
 * the mailbox signed in to its mail page and to its provider's consent page, its grant removed
 * when the case wants it gone, and markup in every person's and channel's name.
 * `phase: 'before-removal'` shows a to-be-removed inbox as disabled (HubSpot lists it; the next
 * phase's list then lacks it, which is how a removal is observed).
 */
export function caseWorld(base: Scenario, language: Language, mailbox: MailboxCase, phase: 'before-removal' | 'final' = 'final'): Scenario {
  const scenario = structuredClone(base);
  scenario.portal.language = language;
  for (const user of scenario.users) user.firstName = `${user.firstName ?? ''} ${XSS}`;
  for (const channel of scenario.teamChannels ?? []) channel.name = `${channel.name} ${XSS}`;
  const same = (address: string) => address.toLowerCase() === mailbox.address;
  const inbox = scenario.personalInboxes?.find((i) => same(i.address));
  if ('personal' in mailbox.crm) {
    if (!inbox) throw new Error(`the demo has no personal inbox ${mailbox.address}`);
    inbox.state = mailbox.crm.personal === 'removed' && phase === 'before-removal' ? 'disabled' : mailbox.crm.personal;
    scenario.signedIn = { ...scenario.signedIn, hubspotUserId: inbox.userId };
    // Only an active user can sign in to HubSpot and see their Connected emails page.
    const owner = scenario.users.find((u) => u.id === inbox.userId);
    if (owner) owner.status = 'active';
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
