import { useEffect, useState } from 'preact/hooks';
import type { StoreName } from '../../lib/store';
import { subscribe } from '../../lib/store/changes';
import { repo } from '../../lib/store/repo';
import { summarizeMailboxes } from '../../lib/status/read-facts';
import { buildMailboxIndex, type MailboxIndexRow } from './mailbox-index';

const WATCHED: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants', 'crmUsers', 'findings'];

/**
 * Every mailbox with status, name, owner and finding count, read from the extension's IndexedDB
 * (works offline) and re-read live on each store change, e.g. while a sync runs.
 */
export function useMailboxIndex(): { rows?: MailboxIndexRow[]; error?: string } {
  const [state, setState] = useState<{ rows?: MailboxIndexRow[]; error?: string }>({});
  useEffect(() => {
    let current = true;
    const load = () =>
      void Promise.all([summarizeMailboxes(), repo.getAll('mailboxes'), repo.getAll('crmUsers'), repo.getAll('channelAccounts'), repo.getAll('findings')])
        .then(([rows, mailboxes, users, channelAccounts, findings]) => buildMailboxIndex({ rows, mailboxes, users, channelAccounts, findings }))
        .then(
          (rows) => current && setState({ rows }),
          (e: unknown) => current && setState({ error: e instanceof Error ? e.message : String(e) }),
        );
    load();
    const stop = subscribe(WATCHED, load);
    return () => {
      current = false;
      stop();
    };
  }, []);
  return state;
}
