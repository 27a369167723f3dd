import { IDBFactory } from 'fake-indexeddb';
import { createSandbox, type Sandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import demo from '../../sandbox/scenarios/demo.json';
import { createChangeHub } from '../../lib/store/changes';
import { createRepo, type Repo } from '../../lib/store/repo';

let channels = 0;

/** A repo on its own fake-indexeddb database and change channel. */
export function freshRepo(): Repo {
  channels += 1;
  return createRepo({ factory: new IDBFactory(), changes: createChangeHub({ channelName: `inboxlink-auth-test-${channels}`, coalesceMs: 5 }) });
}

export const demoScenario = (): Scenario => structuredClone(demo) as Scenario;

export interface SandboxFetch {
  sandbox: Sandbox;
  fetch: typeof fetch;
}

/** The in-process sandbox behind a fetch: no HTTP mock between our code and the API. */
export function sandboxFetch(scenario: Scenario = demoScenario()): SandboxFetch {
  const sandbox = createSandbox(scenario);
  return { sandbox, fetch: async (input, init) => sandbox.handle(new Request(input, init)) };
}

/** A fetch that fails as fetch does offline. */
export const offlineFetch: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

/** Every value stored anywhere in the database, as one JSON string (to look for secrets in). */
export async function everythingStored(repo: Repo, except: string[] = []): Promise<string> {
  const stores = ['mailboxes', 'observations', 'crmUsers', 'owners', 'teams', 'roles', 'inboxes', 'channelAccounts', 'grants', 'findings', 'plans', 'audit', 'syncState', 'credentials'] as const;
  const dump: Record<string, unknown> = {};
  for (const store of stores) if (!except.includes(store)) dump[store] = await repo.getAll(store);
  return JSON.stringify(dump);
}
