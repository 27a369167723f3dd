/**
 * Marks the moment a destructive call leaves: the step's `sentAt` is committed right before the
 * first delete request goes out. After a worker restart this is what tells the two cases apart:
 * without `sentAt` nothing destructive was sent (the step can say so); with it, the call may
 * still be landing at the provider, so a listing that still shows HubSpot proves nothing yet
 * (step-work.ts checks again until the in-flight window has passed).
 */
import type { PlanClients } from './clients';

type Mark = () => Promise<void>;

/** `client` with `method` preceded by `mark` (awaited: no mark, no request); all else as it is. */
function markBefore<T extends object>(client: T, method: keyof T & string, mark: Mark): T {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const call = (...args: unknown[]): unknown => (value as (...a: unknown[]) => unknown).apply(target, args);
      return property === method ? async (...args: unknown[]) => { await mark(); return call(...args); } : call;
    },
  });
}

/** The plan's clients, with every delete preceded by `mark`. */
export function markingDeletes(clients: PlanClients, mark: Mark): PlanClients {
  return {
    ...clients,
    google: async (admin) => {
      const client = await clients.google(admin);
      return client && markBefore(client, 'deleteUserToken', mark);
    },
    graph: async (admin) => {
      const client = await clients.graph(admin);
      return client && markBefore(client, 'deletePermissionGrant', mark);
    },
  };
}
