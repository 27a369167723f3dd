/**
 * The environment the background uses: this context's database and lib/clients' factories. Built
 * on each event (cheap), so nothing survives in a module variable between worker lives.
 */
import { createGoogleClient } from '../clients/google/client';
import { createHubSpotClient } from '../clients/hubspot/client';
import { createGraphClient } from '../clients/microsoft/client';
import { createStoreAccess } from '../store/access';
import { createSyncEnvironment } from './environment';
import type { SyncEnvironment } from './pass';

export function defaultSyncEnvironment(): SyncEnvironment {
  return createSyncEnvironment(createStoreAccess(), {
    hubspot: (getToken) => createHubSpotClient({ getToken }),
    google: (getToken) => createGoogleClient({ getToken }),
    microsoft: (getToken) => createGraphClient({ getToken }),
  });
}
