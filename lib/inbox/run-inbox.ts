import type { RequestInputOf, ResponseOf } from '../messaging/protocol';
import type { MailProvider } from '../model';
import { readGmailPage } from '../pages/gmail/signed-in-address';
import { providerOfMailHost } from '../pages/hosts';
import type { MailPageRead, MailPageReader } from '../pages/mail-page-read';
import { readOutlookPage } from '../pages/outlook/signed-in-address';
import { censorDom } from './censor-dom';
import { mountChip, type Chip, type ChipView } from './chip';
import { createPlacer, type Placer } from './chip-placer';
import { watchPage, type PageChange } from './page-watch';
import type { InboxMessage } from './reply-guards';

export interface InboxContext {
  /** False once the extension was updated or removed under this page ("context invalidated"). */
  readonly isValid: boolean;
  /** Aborted when the context goes (or a newer copy of this script starts in the page). */
  readonly signal: AbortSignal;
}

export type InboxSend = <N extends InboxMessage>(type: N, payload: RequestInputOf<N>) => Promise<ResponseOf<N>>;

export interface InboxOptions {
  send: InboxSend;
  /** How long a page may hide the address before we call it unreadable. */
  waitMs?: number;
  /** A tab shown again re-asks the status at most this often. */
  refreshAfterMs?: number;
}

export interface InboxSession {
  /**
   * Look for the mailbox again now (the session already does so whenever the page changes, which
   * an in-page navigation does: the entrypoint needs no location watcher).
   */
  locationChanged(): void;
  /** The tab became visible again: the status may have changed meanwhile (e.g. on HubSpot's page). */
  shown(): void;
  /** Removes the chip and ends all work (context invalidated). Safe to call more than once. */
  stop(): void;
}

export function readerFor(provider: MailProvider): MailPageReader {
  return provider === 'google' ? readGmailPage : readOutlookPage;
}

/** Coalescing of page changes: quick while the page renders its account, calmer once read. */
const SEARCH_TICK_MS = 150;
const WATCH_TICK_MS = 400;

const sameMailbox = (a: MailPageRead | undefined, b: MailPageRead | undefined) => a?.address === b?.address && a?.signedInAs === b?.signedInAs;

/**
 * The inbox content script's life on one mail page: read which mailbox it shows, report it,
 * show the status chip where it covers none of the page's controls; follow in-page navigation,
 * tab switches and a layout that changes after load (re-read; a private drift report when a
 * place the address was read from vanishes). A page we cannot read yields no chip and one
 * private drift report, never a broken mail UI; a context invalidated by an extension update
 * ends everything quietly (the popup then tells the user to reload the tab).
 */
export function startInbox(doc: Document, location: Location, ctx: InboxContext, options: InboxOptions): InboxSession {
  const { send, waitMs = 15_000, refreshAfterMs = 5_000 } = options;
  const read = () => readerFor(providerOfMailHost(location.hostname))(doc, location);
  const watching = new AbortController();
  const drifted = new Set<string>();
  let chip: Chip | undefined;
  let placer: Placer | undefined;
  let view: ChipView | undefined;
  /** The page as last read and reported to the background (its mailbox is the tab's). */
  let reported: MailPageRead | undefined;
  let searching = false;
  let generation = 0;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let statusAskedAt = 0;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    watching.abort();
    clearTimeout(deadline);
    placer?.stop();
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

  const reportDrift = (outcome: 'unreadable' | 'partial' | 'anchorless', missing: string[]) => {
    const key = outcome === 'partial' ? missing.join() : outcome;
    if (drifted.has(key)) return;
    drifted.add(key);
    const skeleton = outcome === 'anchorless' ? '' : censorDom(doc.body ?? doc.documentElement);
    quietly(send('page/drift', { page: `${location.hostname}:signed-in-address`.slice(0, 64), missing, skeleton, outcome }));
  };

  const placeChip = (relocate: boolean) => {
    if (!view) return;
    chip ??= mountChip(doc, {
      open: () => quietly(send('sidepanel/open', {})),
      place: (place) => {
        if (!view) return;
        view = { ...view, setup: { ...view.setup, place } };
        chip?.update(view);
        placer?.relocate();
        quietly(send('chip/place', { place }));
      },
    });
    chip.update(view);
    placer ??= createPlacer(doc, chip, () => ({ place: view?.setup.place ?? 'hidden', accountControl: reported?.accountControl }));
    if (relocate) placer.relocate();
    else placer.check();
  };

  /** Asks the status of the page's mailbox (reporting it first when `seen`) and shows it. */
  const showStatus = async (page: MailPageRead, seen: boolean) => {
    const mine = generation;
    const address = page.address ?? '';
    statusAskedAt = Date.now();
    const report = seen ? { seen: { path: location.pathname, value: { provider: providerOfMailHost(location.hostname), via: page.via ?? '' } } } : {};
    const status = await send('mailbox/status', { address, ...(page.signedInAs && { signedInAs: page.signedInAs }), ...report });
    if (!alive() || mine !== generation) return;
    reported = page;
    if (!status.chip) return;
    const placeChanged = view?.setup.place !== status.chip.place;
    const beside = status.signedInAs && { status: status.signedInAs.status, label: status.signedInAs.label };
    view = { status: status.status, label: status.label, ...(status.hint && { hint: status.hint }), ...(beside && { signedInAs: beside }), setup: status.chip };
    placeChip(seen || placeChanged || !chip?.host.isConnected);
  };

  const found = (page: MailPageRead) => {
    searching = false;
    clearTimeout(deadline);
    if (sameMailbox(page, reported) && chip) {
      reported = page;
      return;
    }
    quietly(showStatus(page, !sameMailbox(page, reported)));
  };

  const giveUp = () => {
    if (!searching || !alive()) return;
    searching = false;
    const page = read();
    if (page.address) return found(page);
    chip?.remove();
    reported = undefined;
    const missing = page.sources.filter((name) => !page.found.includes(name));
    reportDrift(page.anchorless ? 'anchorless' : 'unreadable', missing);
  };

  const search = () => {
    if (!alive()) return;
    const page = read();
    if (page.address) return found(page);
    if (page.anchorless) return giveUp();
  };

  const startSearch = () => {
    generation += 1;
    searching = true;
    clearTimeout(deadline);
    deadline = setTimeout(giveUp, waitMs);
    search();
  };

  /** The page changed after it was read: re-read it, and keep the chip clear of what it opened. */
  const recheck = (change: PageChange) => {
    if (!alive()) return;
    if (searching) return search();
    if (!reported) return;
    const page = read();
    const vanished = reported.anchors.filter((name) => !page.anchors.includes(name));
    if (!sameMailbox(page, reported)) return startSearch();
    if (vanished.length > 0) reportDrift('partial', vanished);
    reported = page;
    if (change === 'resize') placer?.relocate();
    else placer?.check();
  };

  ctx.signal.addEventListener('abort', stop, { once: true });
  if (alive()) {
    watchPage(doc, watching.signal, () => (searching ? SEARCH_TICK_MS : WATCH_TICK_MS), recheck, () => chip?.host);
    startSearch();
  }

  return {
    locationChanged() {
      if (alive()) startSearch();
    },
    shown() {
      if (!alive() || !reported || searching || Date.now() - statusAskedAt < refreshAfterMs) return;
      quietly(showStatus(reported, false));
    },
    stop,
  };
}
