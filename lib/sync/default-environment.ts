/**
 * The environment the background uses: this context's database and lib/clients' factories. Built
 * on each event (cheap), so nothing survives in a module variable between worker lives.
 */
import { freshGoogleAccessToken } from '../auth/google-renew';
import { freshMicrosoftAccessToken } from '../auth/microsoft/refresh';
import { createGoogleClient } from '../clients/google/client';
import { createHubSpotClient } from '../clients/hubspot/client';
import { createGraphClient } from '../clients/microsoft/client';
import { createStoreAccess } from '../store/access';
import { createSyncEnvironment } from './environment';
import type { SyncEnvironment } from './pass';

export function defaultSyncEnvironment(): SyncEnvironment {
  return createSyncEnvironment(createStoreAccess(), {
    hubspot: (getToken) => createHubSpotClient({ getToken }),
    // Google and Graph tokens live about an hour: renew them (silently) before use, so a sync
    // long after the admin signed in still works. HubSpot tokens are static.
    google: (_stored, account) => createGoogleClient({ getToken: () => freshGoogleAccessToken(account) }),
    microsoft: (_stored, account) => createGraphClient({ getToken: () => freshMicrosoftAccessToken(account) }),
  });
}
