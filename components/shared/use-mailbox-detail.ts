import { useEffect, useState } from 'preact/hooks';
import { subscribe } from '../../lib/store/changes';
import { DETAIL_STORES, loadMailboxDetail, type MailboxDetail } from './mailbox-detail';

/** One mailbox's detail, re-read live on every relevant store change. `undefined` while loading. */
export function useMailboxDetail(address: string | undefined): { detail?: MailboxDetail; error?: string } {
  const [state, setState] = useState<{ detail?: MailboxDetail; error?: string }>({});
  useEffect(() => {
    if (!address) return;
    let current = true;
    const load = () =>
      void loadMailboxDetail(address).then(
        (detail) => current && setState({ detail }),
        (e: unknown) => current && setState({ error: e instanceof Error ? e.message : String(e) }),
      );
    setState({});
    load();
    const stop = subscribe(DETAIL_STORES, load);
    return () => {
      current = false;
      stop();
    };
  }, [address]);
  return state;
}
