import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CrmUser } from '../../lib/model';
import type { StoreName } from '../../lib/store';
import { readMailboxIndexSources, readMailboxOwners } from '../../lib/store/reads/mailbox-index';
import { buildMailboxIndex, type MailboxIndexRow } from './mailbox-index';
import { useLiveQuery } from './use-live-query';

const WATCHED: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants', 'crmUsers', 'findings'];

/**
 * Every mailbox with status, name, owner and finding count, read from the extension's IndexedDB
 * (works offline) and re-read live on store changes, paced while a sync writes (use-live-query.ts).
 * The rows show first; their owners follow (looked up for each read of the list, the previous
 * ones shown meanwhile, so names do not flicker while a sync runs).
 */
export function useMailboxIndex(): { rows?: MailboxIndexRow[]; error?: string } {
  const { value: sources, error } = useLiveQuery(WATCHED, readMailboxIndexSources);
  const [owners, setOwners] = useState<{ users: readonly CrmUser[]; error?: string }>({ users: [] });
  useEffect(() => {
    if (!sources) return undefined;
    let live = true;
    readMailboxOwners(sources.mailboxes).then(
      (users) => live && setOwners({ users }),
      (e: unknown) => live && setOwners((known) => ({ ...known, error: e instanceof Error ? e.message : String(e) })),
    );
    return () => {
      live = false;
    };
  }, [sources]);
  const rows = useMemo(() => sources && buildMailboxIndex({ ...sources, users: owners.users }), [sources, owners.users]);
  return { rows, error: error ?? owners.error };
}
