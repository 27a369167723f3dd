import { createClient } from '../messaging/client';
import { contentProtocol } from '../messaging/content-protocol';
import { providerOfMailHost } from '../pages/hosts';
import { gmailAddressStrategies } from '../pages/gmail/signed-in-address';
import { outlookAddressStrategies } from '../pages/outlook/signed-in-address';
import { mountChip, type Chip } from './chip';
import { censorDom } from './censor-dom';
import { waitForAddress } from './watch-address';

const send = createClient(contentProtocol);

export interface InboxContext {
  /** False once the extension was updated or removed under this page ("context invalidated"). */
  readonly isValid: boolean;
  readonly signal: AbortSignal;
}

/**
 * One pass over a mail page: find who is signed in, report it, show the status chip. Called on
 * load and after each in-page navigation; a layout we do not recognise yields no chip and a
 * private drift report, never a broken mail UI.
 */
export async function runInbox(doc: Document, location: Location, ctx: InboxContext, previous?: Chip): Promise<Chip | undefined> {
  const provider = providerOfMailHost(location.hostname);
  const strategies = provider === 'google' ? gmailAddressStrategies : outlookAddressStrategies;
  const found = await waitForAddress(doc, strategies, ctx.signal);
  if (!ctx.isValid) return stop(previous);
  try {
    if (!found) {
      await send('page/drift', { page: `${location.hostname}:signed-in-address`, missing: strategies.map((s) => s.name), skeleton: censorDom(doc.body ?? doc.documentElement) });
      return stop(previous);
    }
    await send('observation/report', { kind: 'signed-in-address', address: found.address, path: location.pathname, value: { provider, via: found.via } });
    const status = await send('mailbox/status', { address: found.address });
    const chip = previous ?? mountChip(doc, () => void send('sidepanel/open', {}).catch(() => undefined));
    chip.update(status.status, status.label);
    return chip;
  } catch (error) {
    // "Extension context invalidated" after an update: stop quietly; the popup tells the user
    // to reload the tab. Anything else is also not worth breaking the mail page over.
    if (!ctx.isValid) return stop(previous);
    console.debug('[inboxlink] inbox status unavailable:', error instanceof Error ? error.message : error);
    return previous;
  }
}

function stop(chip: Chip | undefined): undefined {
  chip?.remove();
  return undefined;
}
