/** `hubspot:inboxes` → inboxes, live and archived (hubspot.md §3). */
import type { ConversationsInbox } from '../../model';
import type { HubSpotSyncClient, PublicInbox } from '../clients';
import { defineSweep, stampGone, type SyncJob } from '../job';
import { fetchLiveThenArchived } from './live-then-archived';
import { HUBSPOT_PAGE_MAX } from '../../clients/hubspot/page-limits';
import type { JobOptions } from './options';

export function inboxesJob(options: JobOptions = {}): SyncJob<HubSpotSyncClient, PublicInbox> {
  const limit = options.pageSize ?? HUBSPOT_PAGE_MAX.inboxes;
  return {
    name: 'hubspot:inboxes',
    provider: 'hubspot',
    resource: 'inboxes',
    stores: ['inboxes'],
    fetchPage: (client, cursor) => fetchLiveThenArchived(cursor, (query) => client.listInboxes(query), limit),
    toRecords: (results, { syncedAt }) => ({
      inboxes: results.map((inbox): ConversationsInbox => ({
        id: inbox.id,
        name: inbox.name,
        type: inbox.type,
        archived: inbox.archived,
        syncedAt,
      })),
    }),
    sweeps: [defineSweep({ store: 'inboxes', seenAt: (inbox) => inbox.syncedAt, markGone: stampGone })],
  };
}
