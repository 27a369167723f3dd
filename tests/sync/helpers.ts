/** Shared test setup: a fresh database, a sandbox with the demo world, and a sync environment. */
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import { createStoreAccess, type StoreAccess } from '../../lib/store/access';
import { createChangeHub } from '../../lib/store/changes';
import { createRepo, type Repo } from '../../lib/store/repo';
import type { SyncClients } from '../../lib/sync/clients';
import type { SyncEnvironment } from '../../lib/sync/pass';
import { createSandboxHubSpotClient, type FetchLike } from './sandbox-hubspot-client';

export const DEMO_TOKEN = 'demo-token-full';

export function demoScenario(edit?: (scenario: Scenario) => void): Scenario {
  const url = new URL('../../sandbox/scenarios/demo.json', import.meta.url);
  const scenario = JSON.parse(readFileSync(url, 'utf8')) as Scenario;
  edit?.(scenario);
  return scenario;
}

export interface TestBed {
  sandbox: Sandbox;
  access: StoreAccess;
  repo: Repo;
  /** The sandbox as a fetch; wrap it to inject failures. */
  sandboxFetch: FetchLike;
  env(overrides?: Partial<SyncEnvironment> & { fetch?: FetchLike; clients?: () => Promise<SyncClients> }): SyncEnvironment;
  /** Requests the sandbox saw for a path prefix. */
  requests(pathPrefix: string): { path: string; query: string; status: number }[];
}

export function testBed(scenario: Scenario = demoScenario(), sandboxOptions: SandboxOptions = {}): TestBed {
  const factory = new IDBFactory();
  const changes = createChangeHub({ channelName: `sync-test-${Math.random()}` });
  // Strictly increasing: two passes in one millisecond would otherwise judge "seen" ambiguously.
  let last = 0;
  const now = () => new Date((last = Math.max(Date.now(), last + 1))).toISOString();
  const access = createStoreAccess({ factory, changes, now });
  const repo = createRepo({ factory, changes, now });
  const sandbox = createSandbox(scenario, sandboxOptions);
  const sandboxFetch: FetchLike = (url, init) => sandbox.handle(new Request(url, init));
  return {
    sandbox,
    access,
    repo,
    sandboxFetch,
    env(overrides = {}) {
      const { fetch = sandboxFetch, ...rest } = overrides;
      return {
        access,
        clients: async () => ({ hubspot: createSandboxHubSpotClient({ fetch, token: DEMO_TOKEN }) }),
        jobOptions: { pageSize: 10 },
        ...rest,
      };
    },
    requests(pathPrefix) {
      return sandbox.world.requests.filter((request) => request.path.startsWith(pathPrefix));
    },
  };
}

/** Polls `condition` every few ms until it holds; fails after `timeoutMs` (a bound, not a sleep). */
export async function until(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
