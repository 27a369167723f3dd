import { normalizeAddress, type MailProvider, type Observation } from '../../model';
import { providerOfMailHost } from '../../pages/hosts';
import { connectedProvider, personalSideFrom } from '../../status/mailbox-facts';
import { repo } from '../../store/repo';
import type { HandlerContext } from '../../messaging/router';
import type { ClassifiedSender } from '../../messaging/sender';
import { rememberTabMailbox } from '../tab-mailboxes';
import { recordFor } from './observation-repeat';
import { feedObservationsToPlans } from './plans/observe';

/** One thing a page showed, as mailbox/status's `seen` carries it (no message of its own any more). */
export type PageReport = Pick<Observation, 'kind' | 'address' | 'path' | 'value'>;

/**
 * The provider a mailbox seen on a mail page gets. HubSpot's Connected emails row names how
 * HubSpot reads the inbox (an inbox read over IMAP is often open in Gmail or Outlook) and wins.
 * Otherwise the mail host names it only for a mailbox whose provider is not known yet: a page
 * never overwrites a known one (a tab can be made to show another address — a link to Outlook's
 * /mail/<address>/ — and a mailbox synced as Microsoft 365 stays so when opened elsewhere).
 */
async function providerFromPage(address: string, host: string, hubspotRow: MailProvider | undefined): Promise<MailProvider | undefined> {
  if (hubspotRow) return hubspotRow;
  const known = (await repo.get('mailboxes', address))?.provider;
  if (known && known !== 'unknown') return undefined;
  return connectedProvider(undefined, providerOfMailHost(host));
}

/**
 * Stores what a page showed, without touching the tab's record. The host comes from the
 * browser-stamped sender URL, never from the payload, so a content script cannot claim to have
 * seen something on another site.
 */
export async function storeReport(report: PageReport, sender: ClassifiedSender): Promise<void> {
  const host = sender.host ?? (sender.url ? new URL(sender.url).hostname : 'extension');
  const observedAt = new Date().toISOString();
  const address = normalizeAddress(report.address);
  const seen = { kind: report.kind, address, host, path: report.path, value: report.value, observedAt };
  // A reload showing the same thing touches the last record instead of adding one (observation-repeat.ts).
  const latest = await repo.latestObservations(address);
  const observation = recordFor(latest[report.kind], seen);
  await repo.putMany('observations', [observation]);
  await feedObservationsToPlans([observation]);
  if (report.kind === 'signed-in-address') {
    // Kind is left alone: a sync may already know this address as a team inbox.
    const hubspotRow = personalSideFrom(latest['crm-personal-inbox'] ? [latest['crm-personal-inbox']] : [])?.provider;
    await repo.upsertMailbox({ address: report.address, provider: await providerFromPage(address, host, hubspotRow) });
  }
}

/** Stores it; a signed-in address from a mail page is that tab's mailbox (mailbox/status's `seen`). */
export const observationReport = async (report: PageReport, { sender }: HandlerContext): Promise<{ stored: boolean }> => {
  await storeReport(report, sender);
  if (report.kind === 'signed-in-address' && sender.kind === 'content' && sender.tabId !== undefined) await rememberTabMailbox(sender.tabId, report.address);
  return { stored: true };
};
