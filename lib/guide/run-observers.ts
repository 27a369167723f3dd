import { censorDom } from '../inbox/censor-dom';
import { PAGE_READERS, readerFor, type PageReader, type PageSnapshot } from './page-readers';

export interface ObserverContext {
  /** False once the extension was updated or removed under this page ("context invalidated"). */
  readonly isValid: boolean;
  readonly signal: AbortSignal;
}

export interface DriftReport {
  page: string;
  missing: string[];
  skeleton: string;
}

export interface ObserverOptions<T = PageSnapshot> {
  sendSnapshot(snapshot: T): Promise<unknown>;
  sendDrift(report: DriftReport): Promise<unknown>;
  /** The pages to read (default: the mailbox lists, PAGE_READERS); another kind of reading brings its own. */
  readers?: readonly PageReader<T>[];
  /** Quiet time after the last DOM change before reading again. */
  debounceMs?: number;
  /** How long a page may stay unreadable before we call it a changed layout. */
  driftAfterMs?: number;
}

export interface Observers {
  /** Call after an in-page navigation (wxt:locationchange): a new page, read afresh. */
  locationChanged(): void;
}

/**
 * Watches the guide's pages and reports what they show. Reads on start, after in-page
 * navigation and after DOM changes (debounced), and sends a snapshot only when the reading
 * differs from the last one sent for this page, so a busy page causes no message storm. A reader
 * that throws, or a page that stays unreadable, costs one private drift report per reader and
 * page load, and never an exception in the page. Stops quietly when the context goes.
 */
export function runObservers<T = PageSnapshot>(doc: Document, location: Pick<Location, 'href'>, ctx: ObserverContext, options: ObserverOptions<T>): Observers {
  const { sendSnapshot, sendDrift, readers = PAGE_READERS as unknown as readonly PageReader<T>[], debounceMs = 300, driftAfterMs = 15_000 } = options;
  const drifted = new Set<string>();
  let lastSent: string | undefined;
  let readOnce = false;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let driftTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(debounce);
    clearTimeout(driftTimer);
  };

  const alive = () => {
    if (!stopped && (!ctx.isValid || ctx.signal.aborted)) stop();
    return !stopped;
  };

  const reportDrift = (reader: PageReader<T>, missing: string[]) => {
    if (drifted.has(reader.id) || !alive()) return;
    drifted.add(reader.id);
    const page = `${new URL(location.href).hostname}:${reader.id}`.slice(0, 64);
    const skeleton = censorDom(doc.body ?? doc.documentElement);
    sendDrift({ page, missing: missing.map((m) => m.slice(0, 64)), skeleton }).catch(() => alive());
  };

  const send = (snapshot: T) => {
    const key = JSON.stringify(snapshot);
    if (key === lastSent) return;
    lastSent = key;
    sendSnapshot(snapshot).catch((error: unknown) => {
      if (!alive()) return;
      // Let the next reading try again; the page itself is not bothered.
      if (lastSent === key) lastSent = undefined;
      console.debug('[inboxlink] observation not stored:', error instanceof Error ? error.message : error);
    });
  };

  const check = () => {
    if (!alive()) return;
    const url = new URL(location.href);
    const reader = readerFor(url, readers);
    if (!reader) return;
    let result: ReturnType<PageReader<T>['read']>;
    try {
      result = reader.read(doc, url);
    } catch (error) {
      reportDrift(reader, [`threw ${error instanceof Error ? error.name : 'non-error'}`]);
      return;
    }
    if (result === undefined) {
      // Not readable yet. If it stays so, the page's layout has probably changed.
      if (!readOnce && driftTimer === undefined) {
        driftTimer = setTimeout(() => {
          if (!readOnce && readerFor(new URL(location.href), readers) === reader) reportDrift(reader, ['readable page']);
        }, driftAfterMs);
      }
      return;
    }
    readOnce = true;
    clearTimeout(driftTimer);
    if (result !== 'skip') send(result);
  };

  // Debounced, but a page that never stops changing (a ticking clock, an animation) is still
  // read at least every few debounce periods.
  let pendingSince: number | undefined;
  const schedule = () => {
    if (!alive()) return;
    clearTimeout(debounce);
    pendingSince ??= Date.now();
    const overdue = Date.now() - pendingSince >= debounceMs * 5;
    debounce = setTimeout(() => {
      pendingSince = undefined;
      check();
    }, overdue ? 0 : debounceMs);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-disabled', 'aria-selected', 'aria-busy', 'hidden', 'open', 'class'],
  });
  ctx.signal.addEventListener('abort', stop, { once: true });
  check();

  return {
    locationChanged() {
      lastSent = undefined;
      readOnce = false;
      clearTimeout(driftTimer);
      driftTimer = undefined;
      schedule();
    },
  };
}
