/**
 * `hubspot:logins` → userActivity: each user's newest successful sign-in, from HubSpot's login
 * history (hubspot.md §10, scope `account-info.security.read`, Enterprise accounts). The API names
 * no order, so every page is read and compared with what is stored: a record only moves forward.
 * Planned only when the token has the scope (jobs/index.ts), so a token without it costs nothing
 * and the People page says which scope is missing instead.
 */
import type { UserActivity } from '../../model';
import type { HubSpotSyncClient, PublicLogin } from '../clients';
import type { SyncJob } from '../job';
import { HUBSPOT_PAGE_MAX } from '../../clients/hubspot/page-limits';
import type { JobOptions } from './options';

export const LOGIN_SCOPE = 'account-info.security.read';

export function loginsJob(options: JobOptions = {}): SyncJob<HubSpotSyncClient, PublicLogin, Map<string, UserActivity>> {
  const limit = options.pageSize ?? HUBSPOT_PAGE_MAX.logins;
  return {
    name: 'hubspot:logins',
    provider: 'hubspot',
    resource: 'logins',
    stores: ['userActivity'],
    prepare: async (db) => new Map((await db.getAll('userActivity')).map((activity) => [activity.userId, activity])),
    fetchPage: (client, after) => {
      if (!client.loginActivity) throw new Error('this HubSpot client cannot read login history');
      return client.loginActivity({ after, limit });
    },
    toRecords: (results, { syncedAt, lookup }) => {
      const changed = new Map<string, UserActivity>();
      for (const login of results) {
        if (!login.loginSucceeded || login.userId === undefined) continue;
        const userId = String(login.userId);
        const known = changed.get(userId) ?? lookup.get(userId);
        if (known?.lastLoginAt && known.lastLoginAt >= login.loginAt) continue;
        const next = { userId, lastLoginAt: login.loginAt, syncedAt };
        changed.set(userId, next);
        // Later pages of this pass compare against what this page found.
        lookup.set(userId, next);
      }
      return { userActivity: [...changed.values()] };
    },
    // A user with no login in the history keeps what an earlier pass found: nothing is swept.
    sweeps: [],
  };
}
