import { useEffect, useState } from 'preact/hooks';
import type { StoreName } from '../../lib/store';
import { subscribe } from '../../lib/store/changes';
import type { MailboxSummaryRow } from '../../lib/status/summary';
import { summarizeMailboxes } from '../../lib/store/reads/mailbox-facts';

/** Stores whose changes can change a mailbox's row. */
const WATCHED: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants'];

/**
 * The mailboxes with their status, read from the extension's IndexedDB (works offline, without
 * waking the worker) and re-read live while a sync or an observation changes them.
 */
export function useMailboxes(): { rows?: MailboxSummaryRow[]; error?: string } {
  const [state, setState] = useState<{ rows?: MailboxSummaryRow[]; error?: string }>({});
  useEffect(() => {
    const load = () =>
      void summarizeMailboxes().then(
        (rows) => setState({ rows }),
        (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }),
      );
    load();
    return subscribe(WATCHED, load);
  }, []);
  return state;
}
