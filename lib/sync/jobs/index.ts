/**
 * Every job, in the order a pass runs them: owners before users (user status comes from owners),
 * HubSpot before the providers (they check the addresses HubSpot told us about).
 */
import type { CredentialProvider } from '../../store/records';
import type { SyncClients } from '../clients';
import type { SyncJob } from '../job';
import { runJob, type JobRun, type RunContext } from '../runner';
import { channelAccountsJob } from './hubspot-channel-accounts';
import { googleTokensJob } from './google-tokens';
import { inboxesJob } from './hubspot-inboxes';
import { microsoftGrantsJob } from './microsoft-grants';
import { activeOwnersJob, archivedOwnersJob } from './hubspot-owners';
import { rolesJob } from './hubspot-roles';
import { teamsJob } from './hubspot-teams';
import { usersJob } from './hubspot-users';
import type { JobOptions } from './options';
import { googleTokenAuditJob, type GoogleReportsSyncClient } from './google-token-audit';
import { hubspotAuditLogJob, hubspotLoginsJob, hubspotSecurityJob, type HubSpotActivitySyncClient } from './hubspot-activity';
import { microsoftSignInsJob, type GraphSignInsSyncClient } from './microsoft-sign-ins';

/** A job bound to its client, ready for the pass to run. */
export interface PlannedJob {
  name: string;
  provider: CredentialProvider;
  run(ctx: RunContext): Promise<JobRun>;
}

export function bindJob<C, T, L>(job: SyncJob<C, T, L>, client: C): PlannedJob {
  return { name: job.name, provider: job.provider, run: (ctx) => runJob(job, client, ctx) };
}

/** Whether a client can also read its provider's history (the real clients can; small test fakes need not). */
const can = <K extends string>(client: unknown, method: K): client is Record<K, unknown> =>
  typeof (client as Record<string, unknown> | undefined)?.[method] === 'function';

/**
 * The jobs a pass runs with these clients; a provider without a client (no credential) has none.
 * The history jobs (lib/history) run last in each provider's turn: they read the grants' client ids.
 */
export function planJobs(clients: SyncClients, options: JobOptions = {}): PlannedJob[] {
  const planned: PlannedJob[] = [];
  const hubspot = clients.hubspot;
  if (hubspot) {
    planned.push(
      bindJob(rolesJob(), hubspot),
      bindJob(teamsJob(), hubspot),
      bindJob(activeOwnersJob(options), hubspot),
      bindJob(archivedOwnersJob(options), hubspot),
      bindJob(usersJob(options), hubspot),
      bindJob(inboxesJob(options), hubspot),
      bindJob(channelAccountsJob(options), hubspot),
    );
    if (can(hubspot, 'listAuditLogs')) {
      const activity = hubspot as unknown as HubSpotActivitySyncClient;
      planned.push(bindJob(hubspotAuditLogJob(), activity), bindJob(hubspotLoginsJob(), activity), bindJob(hubspotSecurityJob(), activity));
    }
  }
  for (const [admin, client] of clients.google ?? []) {
    planned.push(bindJob(googleTokensJob(admin, options), client));
    if (can(client, 'listTokenActivities')) planned.push(bindJob(googleTokenAuditJob(admin), client as unknown as GoogleReportsSyncClient));
  }
  for (const [admin, client] of clients.microsoft ?? []) {
    planned.push(bindJob(microsoftGrantsJob(admin), client));
    if (can(client, 'signInsPage')) planned.push(bindJob(microsoftSignInsJob(admin), client as unknown as GraphSignInsSyncClient));
  }
  return planned;
}

export { activeOwnersJob, archivedOwnersJob, channelAccountsJob, googleTokensJob, inboxesJob, microsoftGrantsJob, rolesJob, teamsJob, usersJob };
export type { JobOptions };
