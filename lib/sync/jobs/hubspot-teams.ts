/** `hubspot:teams` → teams: one unpaged list with members (hubspot.md §1). */
import type { CrmTeam } from '../../model';
import type { HubSpotSyncClient, PublicTeam } from '../clients';
import { defineSweep, type SyncJob } from '../job';
import { stampGoneUntyped } from './gone';

export function teamsJob(): SyncJob<HubSpotSyncClient, PublicTeam> {
  return {
    name: 'hubspot:teams',
    provider: 'hubspot',
    resource: 'teams',
    stores: ['teams'],
    fetchPage: async (client) => ({ results: await client.listTeams() }),
    toRecords: (results, { syncedAt }) => ({
      teams: results.map((team): CrmTeam => ({
        id: team.id,
        name: team.name,
        userIds: team.userIds,
        secondaryUserIds: team.secondaryUserIds,
        syncedAt,
      })),
    }),
    sweeps: [defineSweep({ store: 'teams', seenAt: (team) => team.syncedAt, markGone: stampGoneUntyped })],
  };
}
