import type { RequestInputOf, ResponseOf } from '../messaging/protocol';
import type { MailProvider } from '../model';
import { providerOfMailHost } from '../pages/hosts';
import type { AddressStrategy } from '../pages/find-address';
import { gmailAddressStrategies } from '../pages/gmail/signed-in-address';
import { outlookAddressStrategies } from '../pages/outlook/signed-in-address';
import { censorDom } from './censor-dom';
import { mountChip, type Chip } from './chip';
import type { InboxMessage } from './reply-guards';
import { waitForAddress } from './watch-address';

export interface InboxContext {
  /** False once the extension was updated or removed under this page ("context invalidated"). */
  readonly isValid: boolean;
  /** Aborted when the context goes (or a newer copy of this script starts in the page). */
  readonly signal: AbortSignal;
}

/** What the first status question on a page reports as seen there (lib/messaging/content-protocol.ts). */
type SeenReport = NonNullable<RequestInputOf<'mailbox/status'>['seen']>;

export type InboxSend = <N extends InboxMessage>(type: N, payload: RequestInputOf<N>) => Promise<ResponseOf<N>>;

export interface InboxOptions {
  send: InboxSend;
  /** How long a page may hide the address before we call its layout changed. */
  waitMs?: number;
  /** A tab shown again re-asks the status at most this often. */
  refreshAfterMs?: number;
}

export interface InboxSession {
  /** After in-page navigation (wxt:locationchange): the mailbox on screen may have changed. */
  locationChanged(): void;
  /** The tab became visible again: the status may have changed meanwhile (e.g. on HubSpot's page). */
  shown(): void;
  /** Removes the chip and ends all work (context invalidated). Safe to call more than once. */
  stop(): void;
}

export function strategiesFor(provider: MailProvider): readonly AddressStrategy[] {
  return provider === 'google' ? gmailAddressStrategies : outlookAddressStrategies;
}

/**
 * The inbox content script's life on one mail page: find who is signed in, report it, show the
 * status chip; follow in-page navigation and tab switches. A layout we do not recognise yields
 * no chip and one private drift report, never a broken mail UI; a context invalidated by an
 * extension update ends everything quietly (the popup then tells the user to reload the tab).
 */
export function startInbox(doc: Document, location: Location, ctx: InboxContext, options: InboxOptions): InboxSession {
  const { send, waitMs = 15_000, refreshAfterMs = 5_000 } = options;
  const provider = providerOfMailHost(location.hostname);
  const strategies = strategiesFor(provider);
  let chip: Chip | undefined;
  let reported: string | undefined;
  let statusAskedAt = 0;
  let pass: AbortController | undefined;
  let drifted = false;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    pass?.abort();
    chip?.remove();
    chip = undefined;
  };
  const alive = () => {
    if (!stopped && (!ctx.isValid || ctx.signal.aborted)) stop();
    return !stopped;
  };
  const quietly = (task: Promise<unknown>) =>
    void task.catch((error: unknown) => {
      // Invalidated: stop() already ran in alive(). Anything else must not disturb the mail page.
      if (alive()) console.debug('[inboxlink] inbox status unavailable:', error instanceof Error ? error.message : error);
    });

  /**
   * Asks the status and shows it. `seen`: the page shows this address for the first time; the
   * same message reports it, and once the background stored it (it answered) it is the reported
   * one, unless a newer search (`pass`) started meanwhile.
   */
  const showStatus = async (address: string, seen?: { report: SeenReport; pass: AbortController }) => {
    statusAskedAt = Date.now();
    const status = await send('mailbox/status', seen ? { address, seen: seen.report } : { address });
    if (!alive() || seen?.pass.signal.aborted) return;
    if (seen) reported = address;
    if (address !== reported) return;
    chip ??= mountChip(doc, () => quietly(send('sidepanel/open', {})));
    chip.update(status.status, status.label, status.hint);
  };

  const reportDrift = async () => {
    if (drifted) return;
    drifted = true;
    await send('page/drift', {
      page: `${location.hostname}:signed-in-address`.slice(0, 64),
      missing: strategies.map((s) => s.name),
      skeleton: censorDom(doc.body ?? doc.documentElement),
    });
  };

  const run = async () => {
    pass?.abort();
    const current = new AbortController();
    pass = current;
    const found = await waitForAddress(doc, location, strategies, current.signal, waitMs);
    if (current.signal.aborted || !alive()) return;
    if (!found) {
      chip?.remove();
      chip = undefined;
      reported = undefined;
      await reportDrift();
      return;
    }
    // Same mailbox, chip showing: nothing to say (the status is re-asked when the tab is shown).
    if (found.address === reported && chip) return;
    const report = { path: location.pathname, value: { provider, via: found.via } };
    await showStatus(found.address, found.address === reported ? undefined : { report, pass: current });
  };

  ctx.signal.addEventListener('abort', stop, { once: true });
  if (alive()) quietly(run());

  return {
    locationChanged() {
      if (!alive()) return;
      quietly(run());
    },
    shown() {
      if (!alive() || !reported || Date.now() - statusAskedAt < refreshAfterMs) return;
      quietly(showStatus(reported));
    },
    stop,
  };
}
