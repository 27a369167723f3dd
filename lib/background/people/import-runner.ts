/**
 * Creates an import's users through the Users API, one call per user, as fast as HubSpot's rate
 * limit allows (the client's limiter: up to 6 in flight, 100 or 190 per 10 s) and never twice:
 * - before each create the row's intent is written; after it, the result (import-records.ts);
 * - an intent without a result (a killed worker, a closed browser, a lost answer) is settled by
 *   looking the address up (GET user, idProperty=EMAIL) before anything else: found → created,
 *   not found → created now;
 * - the create call goes out once (no client retry: a 5xx or a lost answer may hide a created
 *   user); a 429 is HubSpot refusing it unprocessed, so that one waits and goes again.
 * Stops, with the reason on the import, on what waiting cannot fix (a missing scope, a revoked
 * token, the daily limit) or while offline; everything it did is in the store, so a later run
 * (worker start, alarm, the People page) continues from there.
 */
import { AuthExpiredError, BadRequestError, MissingScopeError, NetworkError, NotFoundError, RateLimitedError, UnauthorizedError } from '../../clients/errors';
import type { ImportRow, ImportSettings, UserImport } from '../../model';
import type { StoreAccess } from '../../store/access';
import { finishImport, moveRow, openRows, setBlocked, type RowChange } from './import-records';

export interface ImportClient {
  /** Sent once: no retry inside the client. */
  createUser(body: { email: string; sendWelcomeEmail: boolean; roleId?: string; primaryTeamId?: string; secondaryTeamIds?: string[] }, call?: { signal?: AbortSignal }): Promise<{ id: string }>;
  getUser(idOrEmail: string, by: 'EMAIL', call?: { signal?: AbortSignal }): Promise<{ id: string }>;
  /** The rate limit as the client has learned it, for the progress bar. */
  pace?(): Promise<{ max: number; intervalMs: number } | undefined>;
}

export interface ImportRunDeps {
  access: StoreAccess;
  client: ImportClient;
  actor: string;
  signal?: AbortSignal;
  /** Rows in flight at once; the limiter decides the pace. */
  concurrency?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Why a run stopped early: the import says so, and a later run continues. */
class Stop extends Error {
  constructor(readonly code: string, readonly until?: string) {
    super(code);
  }
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

function bodyOf(address: string, settings: ImportSettings) {
  return {
    email: address,
    sendWelcomeEmail: settings.sendWelcomeEmail,
    ...(settings.roleId ? { roleId: settings.roleId } : {}),
    ...(settings.primaryTeamId ? { primaryTeamId: settings.primaryTeamId } : {}),
    ...(settings.secondaryTeamIds.length ? { secondaryTeamIds: settings.secondaryTeamIds } : {}),
  };
}

/** What stops the whole import (not just this row). */
function stopFor(error: unknown): Stop | undefined {
  if (error instanceof MissingScopeError) return new Stop('scope');
  if (error instanceof AuthExpiredError || error instanceof UnauthorizedError) return new Stop('auth');
  if (error instanceof RateLimitedError && error.policyName === 'DAILY') return new Stop('daily-limit');
  return undefined;
}

/** A refusal that belongs to the row (400: invalid address, unknown role or team). */
function rowError(error: unknown): string | undefined {
  if (!(error instanceof BadRequestError)) return undefined;
  return error.code === 'CONFLICT' ? 'conflict' : 'refused';
}

export async function runImport(deps: ImportRunDeps, importId: string): Promise<'done' | 'stopped' | 'not-running'> {
  const { access, client, actor } = deps;
  const sleep = deps.sleep ?? defaultSleep;
  const call = deps.signal ? { signal: deps.signal } : {};
  const record = await (await access.db()).get('imports', importId);
  if (!record || record.status !== 'running') return 'not-running';
  const audit = (row: ImportRow, result: 'ok' | 'failed', detail: string) => ({ actor, action: 'people.user.create', subject: row.address ?? row.input, result, detail: `${importId} ${detail}` });

  const stillRunning = async (): Promise<boolean> => (await (await access.db()).get('imports', importId))?.status === 'running';

  /** Looks an address up; undefined when HubSpot does not know it. */
  const lookup = async (address: string): Promise<string | undefined> => {
    try {
      return (await client.getUser(address, 'EMAIL', call)).id;
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  };

  const settle = async (row: ImportRow, change: RowChange, detail: string) =>
    moveRow(access, row.id, 'intent', change, audit(row, change.state === 'failed' ? 'failed' : 'ok', detail));

  /** One row from intent to result. The intent is already written. */
  async function create(row: ImportRow, settings: ImportSettings): Promise<void> {
    const address = row.address!;
    for (;;) {
      try {
        const user = await client.createUser(bodyOf(address, settings), call);
        await settle(row, { state: 'created', userId: user.id, verifiedBy: 'create' }, `${address}: created as user ${user.id}`);
        return;
      } catch (error) {
        if (deps.signal?.aborted) throw error;
        const stop = stopFor(error);
        if (stop) throw stop;
        if (error instanceof RateLimitedError) {
          // HubSpot refused it unprocessed: wait out the window, then send it again.
          await sleep(error.retryAfterMs ?? 10_000, deps.signal);
          continue;
        }
        const refused = rowError(error);
        if (refused === 'conflict') {
          const id = await lookup(address);
          await settle(row, { state: 'existed', ...(id ? { userId: id } : {}) }, `${address}: already a user (409)`);
          return;
        }
        if (refused) {
          await settle(row, { state: 'failed', error: (error as BadRequestError).code ?? 'refused' }, `${address}: refused (${(error as Error).message})`);
          return;
        }
        // A 5xx or a lost answer: the create may have happened. Ask before anything else.
        const id = await lookup(address);
        if (id) {
          await settle(row, { state: 'created', userId: id, verifiedBy: 'lookup' }, `${address}: created as user ${id} (found after ${(error as Error).name})`);
          return;
        }
        if (error instanceof NetworkError) throw new Stop('offline');
        await sleep(2_000, deps.signal);
      }
    }
  }

  /** An intent a previous run left: look it up first, create only when HubSpot does not know the address. */
  async function resumeIntent(row: ImportRow, settings: ImportSettings): Promise<void> {
    const id = await lookup(row.address!);
    if (id) await settle(row, { state: 'created', userId: id, verifiedBy: 'lookup' }, `${row.address}: created as user ${id} (found by look-up after an interruption)`);
    else await create(row, settings);
  }

  try {
    const { intents, pending } = await openRows(access, importId);
    const settings = record.settings;
    for (const row of intents) await resumeIntent(row, settings);
    await setBlocked(access, importId, undefined);
    const queue = [...pending];
    // The first worker that must stop (a missing scope, offline) stops the others before their next row.
    let halt: Stop | undefined;
    const worker = async () => {
      for (let row = queue.shift(); row && !halt && !deps.signal?.aborted; row = queue.shift()) {
        if (!(await stillRunning())) return;
        if (!(await moveRow(access, row.id, 'pending', { state: 'intent' }))) continue;
        try {
          await create(row, settings);
        } catch (error) {
          if (!(error instanceof Stop)) throw error;
          halt ??= error;
          return;
        }
        await rememberPace(access, importId, client);
      }
    };
    // Every worker ends before the run answers: none writes after it (a later run reads the rows).
    const ended = await Promise.allSettled(Array.from({ length: deps.concurrency ?? 6 }, worker));
    const failed = ended.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    if (halt) throw halt;
    const left = await openRows(access, importId);
    if (left.intents.length + left.pending.length > 0) return 'stopped';
    await finishImport(access, importId, 'done', actor);
    return 'done';
  } catch (error) {
    if (error instanceof Stop) {
      await setBlocked(access, importId, error.code, error.until);
      return 'stopped';
    }
    throw error;
  }
}

async function rememberPace(access: StoreAccess, importId: string, client: ImportClient): Promise<void> {
  const pace = await client.pace?.();
  if (!pace) return;
  await access.write(['imports'], async (tx) => {
    const record: UserImport | undefined = await tx.objectStore('imports').get(importId);
    if (record && (record.pace?.max !== pace.max || record.pace.intervalMs !== pace.intervalMs)) await tx.objectStore('imports').put({ ...record, pace });
  });
}
