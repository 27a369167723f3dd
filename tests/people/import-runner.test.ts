/**
 * A user import against the in-process sandbox with the real HubSpot client: every valid address
 * created exactly once, through one POST each, even when the worker dies with creates in flight
 * (one of them already done at HubSpot, its answer lost), a create answered 502 after it happened,
 * a 429, a missing scope, a cancellation.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import { finishImport } from '../../lib/background/people/import-records';
import { runImport } from '../../lib/background/people/import-runner';
import { storedImportClient } from '../../lib/background/people/import-service';
import { startImport } from '../../lib/background/people/import-start';
import { createStoreAccess, type StoreAccess } from '../../lib/store/access';
import { createChangeHub } from '../../lib/store/changes';
import { demoScenario } from '../clients/harness';

type Wrapper = (request: Request, sandbox: Sandbox) => Promise<Response>;

interface Bed {
  sandbox: Sandbox;
  access: StoreAccess;
  setFetch(next: Wrapper): void;
  fetch: typeof fetch;
}

function bed(tweak?: (scenario: Scenario) => void, scopes?: string[]): Bed {
  const scenario = demoScenario();
  scenario.faults = { rateLimitPer10s: 5000 };
  tweak?.(scenario);
  const sandbox = createSandbox(scenario);
  const access = createStoreAccess({ factory: new IDBFactory(), changes: createChangeHub({ channelName: `import-${Math.random()}` }) });
  let wrapper: Wrapper = (request) => sandbox.handle(request);
  const fetch: typeof globalThis.fetch = (input, init) => wrapper(new Request(input, init), sandbox);
  void access.write(['credentials', 'crmUsers'], async (tx) => {
    await tx.objectStore('credentials').put({ id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: scopes ? 'narrow' : 'demo-token-full', scopes: [], portalId: 4480123, savedAt: 'x' });
    // What a sync stored: the deactivated Julia among the users.
    await tx.objectStore('crmUsers').put({ id: '51200353', email: 'julia.krause@nordlicht.example', roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'deactivated', syncedAt: 'x' });
  });
  if (scopes) scenario.tokens?.hubspot?.push({ token: 'narrow', scopes, userId: '51200101' });
  return { sandbox, access, fetch, setFetch: (next) => (wrapper = next) };
}

const address = (i: number) => `new.user${String(i).padStart(3, '0')}@nordlicht.example`;
const SETTINGS = { roleId: undefined, secondaryTeamIds: [], sendWelcomeEmail: false };

async function start(b: Bed, inputs: string[]): Promise<string> {
  await b.access.write(['roles'], async () => undefined);
  const result = await startImport(b.access, { source: 'csv', entries: inputs.map((input, i) => ({ input, line: i + 2 })), settings: SETTINGS }, 'admin@nordlicht.example', () => 'imp-1');
  if (!('importId' in result)) throw new Error(`refused: ${result.refused}`);
  return result.importId;
}

const posts = (b: Bed) => b.sandbox.world.requests.filter((r) => r.method === 'POST' && r.path === '/settings/v3/users/');
const postedEmails = (b: Bed) => posts(b).map((r) => (JSON.parse(r.body ?? '{}') as { email: string }).email);
const usersWith = (b: Bed, email: string) => b.sandbox.world.scenario.users.filter((u) => u.email.toLowerCase() === email);
const rows = async (b: Bed) => (await (await b.access.db()).getAllFromIndex('importRows', 'importId', 'imp-1')).sort((x, y) => x.index - y.index);
const run = (b: Bed, signal?: AbortSignal, sleep?: (ms: number) => Promise<void>) =>
  runImport({ access: b.access, client: storedImportClient(b.access, b.fetch), actor: 'admin@nordlicht.example', ...(signal ? { signal } : {}), ...(sleep ? { sleep } : {}) }, 'imp-1');

describe('user import', () => {
  it('a worker killed after ~100 creates (one done at HubSpot, its answer lost) resumes by look-up: each user once, one POST each', async () => {
    const b = bed();
    const inputs = [...Array.from({ length: 247 }, (_, i) => address(i)), address(5).toUpperCase(), 'not-an-address', 'julia.krause@nordlicht.example'];
    await start(b, inputs);
    const kill = new AbortController();
    let sent = 0;
    b.setFetch(async (request, sandbox) => {
      if (kill.signal.aborted) throw kill.signal.reason;
      if (request.method !== 'POST') return sandbox.handle(request);
      sent += 1;
      const answer = await sandbox.handle(request);
      // The 100th create reaches HubSpot; the worker dies before its answer arrives.
      if (sent === 100) {
        kill.abort(new Error('worker terminated'));
        throw kill.signal.reason;
      }
      return answer;
    });
    await expect(run(b, kill.signal)).rejects.toThrow();
    const killed = await rows(b);
    expect(killed.filter((row) => row.state === 'intent').length).toBeGreaterThanOrEqual(1);
    expect(killed.filter((row) => row.state === 'created')).toHaveLength(99);

    b.setFetch((request, sandbox) => sandbox.handle(request));
    await expect(run(b)).resolves.toBe('done');

    const done = await rows(b);
    const valid = Array.from({ length: 247 }, (_, i) => address(i));
    for (const email of valid) expect(usersWith(b, email), email).toHaveLength(1);
    expect(postedEmails(b).sort()).toEqual(valid);
    expect(done.filter((row) => row.state === 'created')).toHaveLength(247);
    expect(done.filter((row) => row.verifiedBy === 'lookup').map((row) => row.address)).toEqual([postedEmails(b)[99]]);
    expect(done.slice(247).map((row) => [row.state, row.duplicateOf, row.userId])).toEqual([
      ['duplicate', 5, undefined],
      ['invalid', undefined, undefined],
      ['reactivate', undefined, '51200353'],
    ]);
    const record = await (await b.access.db()).get('imports', 'imp-1');
    expect(record?.status).toBe('done');
    expect(record?.counts).toMatchObject({ created: 247, duplicate: 1, invalid: 1, reactivate: 1, pending: 0, intent: 0 });
    const audit = await (await b.access.db()).getAll('audit');
    expect(audit.filter((entry) => entry.action === 'people.user.create')).toHaveLength(247);
  }, 60_000);

  it('a create answered 502 after it happened is found by look-up, never sent again', async () => {
    const b = bed();
    await start(b, [address(1), address(2)]);
    b.setFetch(async (request, sandbox) => {
      const email = request.method === 'POST' ? ((await request.clone().json()) as { email: string }).email : undefined;
      const answer = await sandbox.handle(request);
      // HubSpot created the user, then a gateway lost the answer.
      return email === address(1) ? new Response('bad gateway', { status: 502 }) : answer;
    });
    await expect(run(b)).resolves.toBe('done');
    expect(postedEmails(b).sort()).toEqual([address(1), address(2)]);
    expect((await rows(b)).map((row) => [row.state, row.verifiedBy])).toEqual([['created', 'lookup'], ['created', 'create']]);
  });

  it('a 429 (refused unprocessed) waits the window and sends again', async () => {
    const b = bed();
    await start(b, [address(1)]);
    let refusedOnce = false;
    b.setFetch(async (request, sandbox) => {
      if (request.method === 'POST' && !refusedOnce) {
        refusedOnce = true;
        return new Response(JSON.stringify({ status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: 'c', policyName: 'TEN_SECONDLY_ROLLING', category: 'RATE_LIMITS' }), { status: 429, headers: { 'content-type': 'application/json' } });
      }
      return sandbox.handle(request);
    });
    const waits: number[] = [];
    await expect(run(b, undefined, async (ms) => void waits.push(ms))).resolves.toBe('done');
    expect(waits).toEqual([10_000]);
    expect(usersWith(b, address(1))).toHaveLength(1);
  });

  it('a token without the write scope stops the import, naming why, and creates nobody', async () => {
    const b = bed(undefined, ['settings.users.read', 'crm.objects.owners.read']);
    await start(b, [address(1), address(2)]);
    await expect(run(b)).resolves.toBe('stopped');
    const record = await (await b.access.db()).get('imports', 'imp-1');
    expect(record).toMatchObject({ status: 'running', blockedBy: 'scope' });
    expect(usersWith(b, address(1))).toEqual([]);
  });

  it('cancelling leaves unsent rows cancelled and creates nothing more', async () => {
    const b = bed();
    await start(b, [address(1), address(2), address(3)]);
    expect(await finishImport(b.access, 'imp-1', 'cancelled', 'admin@nordlicht.example')).toBe(true);
    await expect(run(b)).resolves.toBe('not-running');
    expect((await rows(b)).map((row) => row.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(posts(b)).toEqual([]);
  });
});
