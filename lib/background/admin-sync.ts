/**
 * An admin who signs in (Google Workspace or Entra) is there to see the directory's grants: the
 * grant sync starts at once instead of waiting for the next alarm, so a mailbox's provider side
 * stops saying "not known yet — sign in as an admin" within moments. A pass already running was
 * planned before this admin's credential existed: once its lease is free, one more pass runs
 * (it resumes the open pass and runs the jobs it has not finished, this admin's among them).
 */
import { defaultSyncEnvironment, runScheduledPass, type PassResult, type SyncEnvironment } from '../sync';
import { leaseIsLive } from '../sync/lease';

export interface AdminSyncDeps {
  env?: () => SyncEnvironment;
  run?: (env: SyncEnvironment) => Promise<PassResult>;
  /** How long to wait for another run's lease; a lease lives at most 90 s past its last page. */
  waitMs?: number;
  pollMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function syncAfterAdminSignIn(deps: AdminSyncDeps = {}): Promise<PassResult | undefined> {
  const env = (deps.env ?? defaultSyncEnvironment)();
  const run = deps.run ?? ((e: SyncEnvironment) => runScheduledPass(e));
  const first = await run(env);
  // Superseded: the user's "Sync now" replaced it with a pass that already has this admin's job.
  if (first.ran || first.superseded) return first;
  const deadline = Date.now() + (deps.waitMs ?? 5 * 60_000);
  while ((await leaseIsLive(env.access)) && Date.now() < deadline) await pause(deps.pollMs ?? 2_000);
  return run(env);
}

/** Not awaited by the sign-in's answer: the reply must not wait for a sync. */
export function startAdminSync(deps: AdminSyncDeps = {}): void {
  void syncAfterAdminSignIn(deps).catch((error: unknown) => console.warn('[inboxlink] sync after admin sign-in:', error instanceof Error ? error.message : String(error)));
}
