import { IDBFactory } from 'fake-indexeddb';
import { createStoreAccess, type StoreAccess } from '../../lib/store/access';
import { createSandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import type { VirtualClock } from './virtual-clock';

/**
 * What the virtual-clock figures (sync.full, import) start from: the in-process sandbox serving
 * `world`, a fake-indexeddb store holding the world's HubSpot token as the options page stores
 * one, and a fetch into that sandbox.
 */
export async function virtualHubSpot(world: Scenario, clock: VirtualClock): Promise<{ sandbox: ReturnType<typeof createSandbox>; access: StoreAccess; fetch: typeof globalThis.fetch }> {
  const token = world.tokens?.hubspot?.[0];
  if (!token) throw new Error('bench world without a token');
  const sandbox = createSandbox(world);
  const access = createStoreAccess({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });
  await clock.drive(
    access.write(['credentials'], (tx) =>
      tx.objectStore('credentials').put({ id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: token.token, scopes: token.scopes, portalId: world.portal.id, savedAt: new Date().toISOString() }),
    ),
  );
  const fetch: typeof globalThis.fetch = (input, init) => sandbox.handle(new Request(input, init));
  return { sandbox, access, fetch };
}
