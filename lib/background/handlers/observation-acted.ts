import { LIST_HOSTS, normalizeAddress } from '../../model';
import { ForbiddenError, type Handlers } from '../../messaging/router';
import { rememberUserAction, type UserAction } from '../user-actions';

export type ObservationActedHandler = NonNullable<Handlers['observation/acted']>;

/**
 * Remembers the user's press on a guided page for that tab (lib/background/user-actions.ts), so
 * the page's next snapshot may count a "gone" there. Only from a content script in a tab, on a
 * host that shows that kind of list; host, tab and time are the browser's and the background's.
 */
export function createObservationActedHandler(
  remember: (tabId: number, action: UserAction) => Promise<void> = rememberUserAction,
  now: () => string = () => new Date().toISOString(),
): ObservationActedHandler {
  return async ({ kind, address }, { sender }) => {
    const host = sender.host;
    if (sender.kind !== 'content' || sender.tabId === undefined || !host || !LIST_HOSTS[kind].includes(host)) {
      throw new ForbiddenError(`${kind} is not acted on at ${host ?? 'this page'}`);
    }
    await remember(sender.tabId, { kind, address: normalizeAddress(address), host, at: now() });
    return { stored: true };
  };
}

export const observationActed: ObservationActedHandler = createObservationActedHandler();
