import type { StoreName } from '../../lib/store';
import { readMailboxIndexSources } from '../../lib/status/read-index';
import { buildMailboxIndex, type MailboxIndexRow } from './mailbox-index';
import { useLiveQuery } from './use-live-query';

const WATCHED: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants', 'crmUsers', 'findings'];

/**
 * Every mailbox with status, name, owner and finding count, read from the extension's IndexedDB
 * (works offline) and re-read live on store changes, paced while a sync writes (use-live-query.ts).
 */
export function useMailboxIndex(): { rows?: MailboxIndexRow[]; error?: string } {
  const { value, error } = useLiveQuery(WATCHED, async () => {
    const { owners, ...sources } = await readMailboxIndexSources();
    return buildMailboxIndex({ ...sources, users: owners });
  });
  return { rows: value, error };
}
