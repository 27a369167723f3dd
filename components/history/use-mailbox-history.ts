import { useEffect, useState } from 'preact/hooks';
import { HISTORY_STORES, readMailboxHistory } from '../../lib/history/read';
import type { MailboxHistory } from '../../lib/history/snapshot';
import { subscribe } from '../../lib/store/changes';
import { openStore } from '../../lib/store/open';

/** Reads started before the page's first render, by address (see readMailboxHistoryEarly). */
const early = new Map<string, Promise<MailboxHistory>>();

const readFresh = (address: string): Promise<MailboxHistory> => openStore().then((db) => readMailboxHistory(db, address));

/**
 * Starts reading a mailbox's history now, for the first useMailboxHistory(address) to take: the
 * support page calls it before mounting, so the read runs beside the settings' read (the page
 * renders nothing before the settings, to never flash English) instead of after it.
 */
export function readMailboxHistoryEarly(address: string): void {
  const start = () => {
    const pending = readFresh(address);
    pending.catch(() => undefined);
    early.set(address, pending);
  };
  start();
  // A change before the hook takes the read makes it stale: read again. Once taken, the hook's own
  // subscription follows the changes, and this one ends at the next.
  const stop = subscribe([...HISTORY_STORES], () => (early.has(address) ? start() : stop()));
}

/**
 * One mailbox's history, read from the extension's IndexedDB (offline, no worker wake-up) through
 * its indexes, and re-read live on every change to what it is made of. `undefined` while loading.
 */
export function useMailboxHistory(address: string | undefined): { history?: MailboxHistory; error?: string } {
  const [state, setState] = useState<{ history?: MailboxHistory; error?: string }>({});
  useEffect(() => {
    if (!address) return;
    let current = true;
    const load = (pending = readFresh(address)) =>
      void pending.then(
        (history) => current && setState({ history }),
        (e: unknown) => current && setState({ error: e instanceof Error ? e.message : String(e) }),
      );
    setState({});
    const started = early.get(address);
    early.delete(address);
    load(started);
    const stop = subscribe([...HISTORY_STORES], () => load());
    return () => {
      current = false;
      stop();
    };
  }, [address]);
  return state;
}
