import { useEffect, useState } from 'preact/hooks';
import { subscribe } from '../../lib/store/changes';
import { DETAIL_STORES, loadMailboxDetail, type MailboxDetail } from './mailbox-detail';

let prefetched: { address: string; detail: Promise<MailboxDetail> } | undefined;

/**
 * Starts reading a detail before the component that shows it mounts (the popup's first status);
 * the hook's first load for that address takes this read instead of reading again.
 */
export function prefetchMailboxDetail(address: string): Promise<MailboxDetail> {
  const detail = loadMailboxDetail(address);
  // The hook reports a failure when it takes this promise; until then it must not go unhandled.
  detail.catch(() => undefined);
  prefetched = { address, detail };
  return detail;
}

function takePrefetched(address: string): Promise<MailboxDetail> | undefined {
  const taken = prefetched?.address === address ? prefetched.detail : undefined;
  prefetched = undefined;
  return taken;
}

/**
 * One mailbox's detail, re-read live on every relevant store change. `undefined` while loading.
 * A re-read that fails keeps the detail last read beside the error: the view stays (and whatever
 * the user was doing in it, an open dialog too) and shows the next good read.
 */
export function useMailboxDetail(address: string | undefined): { detail?: MailboxDetail; error?: string } {
  const [state, setState] = useState<{ detail?: MailboxDetail; error?: string }>({});
  useEffect(() => {
    if (!address) return;
    let current = true;
    const load = (reading = loadMailboxDetail(address)) =>
      void reading.then(
        (detail) => current && setState({ detail }),
        (e: unknown) => current && setState((shown) => ({ detail: shown.detail, error: e instanceof Error ? e.message : String(e) })),
      );
    setState({});
    load(takePrefetched(address));
    const stop = subscribe(DETAIL_STORES, () => load());
    return () => {
      current = false;
      stop();
    };
  }, [address]);
  return state;
}
