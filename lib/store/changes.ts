/**
 * Change events. After each committed write the writer calls notifyChanged(stores); open UIs
 * subscribe and re-read what they show. Events reach listeners in the same context directly and
 * other contexts of the extension (popup, side panel, options, service worker) through a
 * BroadcastChannel. They carry store names only: never a record, so never a token.
 */
import type { StoreName } from './db-types';
import { STORE_NAMES } from './schema';

export const CHANGE_CHANNEL = 'inboxlink-store';
/** Bursts (a sync writing page after page) coalesce into one event per this many ms. */
const DEFAULT_COALESCE_MS = 16;

export type ChangeListener = (changed: StoreName[]) => void;

export interface ChangeHub {
  notifyChanged(stores: readonly StoreName[]): void;
  /** Calls `listener` with the changed stores it asked for; returns the unsubscribe function. */
  subscribe(stores: readonly StoreName[] | 'all', listener: ChangeListener): () => void;
  /** Stops listening to other contexts and drops pending events (tests, page unload). */
  close(): void;
}

interface ChangeMessage {
  type: 'stores-changed';
  stores: StoreName[];
}

/** Accepts only a well-formed message naming known stores: the channel is a trust boundary too. */
function parseMessage(data: unknown): StoreName[] {
  if (typeof data !== 'object' || data === null) return [];
  const { type, stores } = data as Partial<ChangeMessage>;
  if (type !== 'stores-changed' || !Array.isArray(stores)) return [];
  return STORE_NAMES.filter((name) => stores.includes(name));
}

export function createChangeHub(options: { channelName?: string; coalesceMs?: number } = {}): ChangeHub {
  const channelName = options.channelName ?? CHANGE_CHANNEL;
  const coalesceMs = options.coalesceMs ?? DEFAULT_COALESCE_MS;
  const listeners = new Set<{ stores: readonly StoreName[] | 'all'; listener: ChangeListener }>();
  const pending = new Set<StoreName>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let channel: BroadcastChannel | undefined;

  function deliver(changed: readonly StoreName[]): void {
    for (const { stores, listener } of [...listeners]) {
      const relevant = stores === 'all' ? [...changed] : changed.filter((name) => stores.includes(name));
      if (relevant.length === 0) continue;
      try {
        listener(relevant);
      } catch (error) {
        // One broken view must not keep the others stale.
        console.error('Store change listener failed', error);
      }
    }
  }

  function ensureChannel(): BroadcastChannel | undefined {
    if (channel || typeof BroadcastChannel === 'undefined') return channel;
    channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent) => {
      const changed = parseMessage(event.data);
      if (changed.length > 0) deliver(changed);
    };
    // Node (tests) would otherwise stay alive for an open channel; browsers have no unref.
    (channel as { unref?: () => void }).unref?.();
    return channel;
  }

  function flush(): void {
    timer = undefined;
    const changed = STORE_NAMES.filter((name) => pending.has(name));
    pending.clear();
    if (changed.length === 0) return;
    deliver(changed);
    const message: ChangeMessage = { type: 'stores-changed', stores: changed };
    ensureChannel()?.postMessage(message);
  }

  return {
    notifyChanged(stores) {
      for (const name of stores) pending.add(name);
      timer ??= setTimeout(flush, coalesceMs);
    },
    subscribe(stores, listener) {
      const entry = { stores, listener };
      listeners.add(entry);
      ensureChannel();
      return () => {
        listeners.delete(entry);
      };
    },
    close() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending.clear();
      listeners.clear();
      channel?.close();
      channel = undefined;
    },
  };
}

// This context's hub. It holds only listeners and a pending set, no data, so sharing it within
// a context is safe; tests create their own with createChangeHub.
const contextHub = createChangeHub();

export const notifyChanged: ChangeHub['notifyChanged'] = (stores) => contextHub.notifyChanged(stores);
export const subscribe: ChangeHub['subscribe'] = (stores, listener) => contextHub.subscribe(stores, listener);
