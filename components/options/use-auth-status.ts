import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AuthStatus } from '../../lib/auth/status';
import { subscribe } from '../../lib/store/changes';
import { send } from './send';

/**
 * The connections as the background describes them (never a token: the page does not read the
 * credentials store itself), asked again whenever credentials or meta change, or on `refresh()`.
 * `status` is undefined while loading or when the background did not answer.
 */
export function useAuthStatus(): { status: AuthStatus | undefined; refresh: () => void } {
  const [status, setStatus] = useState<AuthStatus | undefined>();
  const refresh = useCallback(() => void send('auth/status', {}).then(setStatus, () => undefined), []);
  useEffect(() => {
    refresh();
    return subscribe(['credentials', 'meta'], refresh);
  }, [refresh]);
  return { status, refresh };
}
