import { observedContext, type Observation } from '../../lib/model';
import { connectedEmailsLink, uiHostOf } from '../../lib/plans/deep-links';
import type { MailboxDetail } from './mailbox-detail';

/**
 * The HubSpot portal of the newest Connected emails page that showed the address: the page's URL
 * names it (a number, as every portal id is: lib/model/observation-context.ts).
 */
function portalObserved(observations: readonly Observation[]): { portalId: number; host: string } | undefined {
  const seen = observations
    .filter((o) => o.kind === 'crm-personal-inbox' && observedContext(o).portalId !== undefined)
    .sort((a, b) => b.observedAt.localeCompare(a.observedAt))[0];
  const portalId = seen && observedContext(seen).portalId;
  return seen && portalId !== undefined ? { portalId, host: seen.host } : undefined;
}

/**
 * Where the user opens HubSpot's Connected emails page for this mailbox: the same deep link the
 * unlink plan uses (lib/plans/deep-links), on the portal's own UI host (US or EU data centre).
 * The portal comes from the mailbox's record, else the connected token's account, else a HubSpot
 * page that showed it; with none known, HubSpot's home (it sends the user to their portal).
 */
export function connectedEmailsUrlFor(detail: MailboxDetail): string {
  const observed = portalObserved(detail.facts.observations);
  const portalId = detail.facts.mailbox?.portalId ?? detail.portal?.portalId ?? observed?.portalId;
  const uiHost = uiHostOf(detail.portal?.uiDomain ?? observed?.host);
  if (portalId === undefined) return `https://${uiHost}/`;
  return connectedEmailsLink({
    address: detail.address,
    kind: detail.verdict.kind,
    provider: detail.facts.mailbox?.provider ?? 'unknown',
    portal: { id: portalId, uiHost },
  });
}
