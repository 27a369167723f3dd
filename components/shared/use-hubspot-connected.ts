import { useEffect, useState } from 'preact/hooks';
import { createClient, protocol } from '../../lib/messaging';
import { subscribe } from '../../lib/store/changes';

const send = createClient(protocol);

/**
 * Whether HubSpot is connected, as the background's `auth/status` says (the page never reads
 * the credentials store itself), asked again when credentials or meta change. `undefined` while
 * loading or when the background did not answer: callers then keep their neutral form.
 */
export function useHubSpotConnected(): boolean | undefined {
  const [connected, setConnected] = useState<boolean | undefined>();
  useEffect(() => {
    const load = () => void send('auth/status', {}).then((status) => setConnected(status.hubspot !== null), () => undefined);
    load();
    return subscribe(['credentials', 'meta'], load);
  }, []);
  return connected;
}
