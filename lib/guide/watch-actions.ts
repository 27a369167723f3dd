import type { SnapshotKind } from '../messaging/observation-snapshot-protocol';
import type { GuideStepPage } from '../messaging/guide-protocol';
import { accessibleName } from '../pages/dom/page-dom';
import { isHubSpotApp } from '../pages/hubspot/app-names';
import { addressesNamedIn, aboutHubSpot, openDialogOf } from './highlight/page-parts';
import { signedInAccount } from './highlight/signed-in-account';
import { guidePageOf } from './highlight/step-page';
import { listRows } from './highlight/step-row';
import type { ObserverContext } from './run-observers';

export interface UserActionReport {
  kind: SnapshotKind;
  address: string;
}

/**
 * The pages whose lists can lose an entry, and the kind each lists. The partner settings page
 * has none: its domain is read as saved, never inferred from something missing.
 */
const KIND_OF_PAGE: Partial<Record<GuideStepPage, SnapshotKind>> = {
  'hubspot-connected-emails': 'crm-personal-inbox',
  'hubspot-channels': 'crm-team-channel',
  'google-connections': 'provider-grant',
  'microsoft-my-apps': 'provider-grant',
  'microsoft-live-consent': 'provider-grant',
};

const PRESSABLE = 'button, a[href], summary, input[type="submit"], input[type="button"], [role="button"], [role="link"], [role="menuitem"]';

/**
 * Whose thing a press on a guided page acts on. On HubSpot's lists: the row's address (read as
 * the observers read it); in a confirm dialog, the address the dialog names, or, when it names
 * none, the row pressed before it opened. On a consent page: the signed-in account, when the
 * press is on HubSpot's entry, its own page or its dialog; another app's buttons are not HubSpot's.
 */
function actedOn(doc: Document, page: GuideStepPage, pressed: Element, lastRow: string | undefined): { address: string; row?: string } | undefined {
  if (page === 'hubspot-connected-emails' || page === 'hubspot-channels') {
    const row = listRows(doc, page)?.find((r) => r.row.contains(pressed));
    if (row) return { address: row.address, row: row.address };
    const dialog = openDialogOf(pressed);
    if (!dialog) return undefined;
    const named = addressesNamedIn(dialog);
    const address = named.length === 1 ? named[0] : named.length === 0 ? lastRow : undefined;
    return address ? { address } : undefined;
  }
  const hubspotEntry = pressed.matches('a[href]') && isHubSpotApp(accessibleName(pressed));
  if (!hubspotEntry && !aboutHubSpot(pressed)) return undefined;
  const account = signedInAccount(doc, page);
  return account ? { address: account } : undefined;
}

/**
 * Tells the background what the user pressed on a guided page ("the user's own action there",
 * without which a page's "gone" proves nothing). Only trusted events count: a page's own script
 * clicking a button is not the user. Sent at once, before the page navigates or reloads. Nothing
 * escapes into the page; it stops with the context.
 */
export function watchUserActions(doc: Document, location: Pick<Location, 'href'>, ctx: ObserverContext, send: (report: UserActionReport) => Promise<unknown>): void {
  let lastRow: string | undefined;
  const onPress = (event: Event) => {
    if (!ctx.isValid || ctx.signal.aborted) return;
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const pressed = event.target.closest(PRESSABLE);
    if (!pressed) return;
    try {
      const page = guidePageOf(new URL(location.href));
      const kind = page ? KIND_OF_PAGE[page] : undefined;
      if (!page || !kind) return;
      const acted = actedOn(doc, page, pressed, lastRow);
      if (!acted) return;
      if (acted.row) lastRow = acted.row;
      send({ kind, address: acted.address }).catch(() => undefined);
    } catch {
      // A page we cannot read is a press we cannot attribute: nothing is reported.
    }
  };
  doc.addEventListener('click', onPress, { capture: true, passive: true });
  ctx.signal.addEventListener('abort', () => doc.removeEventListener('click', onPress, true), { once: true });
}
