import { useEffect, useState } from 'preact/hooks';
import type { Finding, StatusSnapshot } from '../../lib/model';
import { subscribe } from '../../lib/store/changes';
import { openStore } from '../../lib/store/open';

export interface PortalHealthData {
  snapshots: StatusSnapshot[];
  findings: Finding[];
}

/** The daily status counts and the findings, read from the store and re-read when they change. */
export function usePortalHealth(): { data?: PortalHealthData; error?: string } {
  const [state, setState] = useState<{ data?: PortalHealthData; error?: string }>({});
  useEffect(() => {
    let current = true;
    const load = () =>
      void openStore()
        .then(async (db) => ({ snapshots: await db.getAll('statusSnapshots'), findings: await db.getAll('findings') }))
        .then(
          (data) => current && setState({ data }),
          (e: unknown) => current && setState({ error: e instanceof Error ? e.message : String(e) }),
        );
    load();
    const stop = subscribe(['statusSnapshots', 'findings'], load);
    return () => {
      current = false;
      stop();
    };
  }, []);
  return state;
}
