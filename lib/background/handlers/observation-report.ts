import { normalizeAddress, type Observation } from '../../model';
import { providerOfMailHost } from '../../pages/hosts';
import { connectedProvider, personalSideFrom } from '../../status/mailbox-facts';
import { repo } from '../../store/repo';
import type { HandlerContext } from '../../messaging/router';
import { rememberTabMailbox } from '../tab-mailboxes';
import { recordFor } from './observation-repeat';
import { feedObservationsToPlans } from './plans/observe';

/** One thing a page showed, as mailbox/status's `seen` carries it (no message of its own any more). */
export type PageReport = Pick<Observation, 'kind' | 'address' | 'path' | 'value'>;

/**
 * Stores what a page showed. The host comes from the browser-stamped sender URL, never from the
 * payload, so a content script cannot claim to have seen something on another site.
 */
export const observationReport = async (report: PageReport, { sender }: HandlerContext): Promise<{ stored: boolean }> => {
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
    // The mail host names the provider only when HubSpot's Connected emails row does not: an
    // inbox HubSpot reads over IMAP may be open in Gmail or Outlook on the web.
    const hubspotRow = personalSideFrom(latest['crm-personal-inbox'] ? [latest['crm-personal-inbox']] : [])?.provider;
    await repo.upsertMailbox({ address: report.address, provider: connectedProvider(hubspotRow, providerOfMailHost(host)) });
    if (sender.kind === 'content' && sender.tabId !== undefined) await rememberTabMailbox(sender.tabId, report.address);
  }
  return { stored: true };
};
