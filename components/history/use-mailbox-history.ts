import { useEffect, useState } from 'preact/hooks';
import { HISTORY_STORES, readMailboxHistory } from '../../lib/history/read';
import type { MailboxHistory } from '../../lib/history/snapshot';
import { subscribe } from '../../lib/store/changes';
import { openStore } from '../../lib/store/open';

/**
 * One mailbox's history, read from the extension's IndexedDB (offline, no worker wake-up) through
 * its indexes, and re-read live on every change to what it is made of. `undefined` while loading.
 */
export function useMailboxHistory(address: string | undefined): { history?: MailboxHistory; error?: string } {
  const [state, setState] = useState<{ history?: MailboxHistory; error?: string }>({});
  useEffect(() => {
    if (!address) return;
    let current = true;
    const load = () =>
      void openStore().then((db) => readMailboxHistory(db, address)).then(
        (history) => current && setState({ history }),
        (e: unknown) => current && setState({ error: e instanceof Error ? e.message : String(e) }),
      );
    setState({});
    load();
    const stop = subscribe([...HISTORY_STORES], load);
    return () => {
      current = false;
      stop();
    };
  }, [address]);
  return state;
}
