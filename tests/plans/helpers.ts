/**
 * A plan test bed: a fresh fake-indexeddb database, the in-process sandbox with the demo world,
 * credentials for HubSpot and both admins minted in the sandbox's own token stores, and the real
 * lib/clients over a fetch that calls the sandbox (wrap it to simulate a dying worker).
 */
import { IDBFactory } from 'fake-indexeddb';
import { createSandbox, type Sandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import { createStoreAccess, type StoreAccess } from '../../lib/store/access';
import { createChangeHub } from '../../lib/store/changes';
import { createRepo, type Repo } from '../../lib/store/repo';
import { credentialId, type Credential } from '../../lib/store/records';
import type { Observation } from '../../lib/model';
import { storedPlanClients } from '../../lib/plans/clients';
import { readPlanInputs } from '../../lib/plans/inputs';
import { createPlanRunner, type PlanRunner } from '../../lib/plans/runner';
import type { RunPlan } from '../../lib/plans/types';
import { ADMIN_SCOPE, googleToken, graphToken } from '../clients/provider-tokens';
import { demoScenario } from '../clients/harness';

export const GOOGLE_ADMIN = 'katrin.sommer@nordlicht.example';
export const ENTRA_ADMIN = 'oliver.bennett@nordlicht-nordic.example';
export const PORTAL_ID = 4480123;
const HUBSPOT_TOKEN = 'demo-token-full';

export type FetchWrapper = (request: Request, sandbox: Sandbox) => Promise<Response>;

export interface PlanBed {
  sandbox: Sandbox;
  access: StoreAccess;
  repo: Repo;
  runner: PlanRunner;
  /** A second runner on the same database and sandbox: the worker after a restart. */
  restart(): PlanRunner;
  /** Replaces how requests reach the sandbox (default: straight through). */
  setFetch(wrapper: FetchWrapper): void;
  tokens: string[];
  /** Stores what a sync and one visit to HubSpot's pages would have stored about the address. */
  seed(address: string): Promise<void>;
  start(address: string): Promise<RunPlan>;
  observe(observation: Omit<Observation, 'id' | 'host' | 'path'> & Partial<Observation>): Promise<void>;
  requests(method: string, pathPart: string): { method: string; path: string; status: number }[];
}

export function planBed(scenario: Scenario = demoScenario(), options: { admins?: boolean } = {}): PlanBed {
  const factory = new IDBFactory();
  const changes = createChangeHub({ channelName: `plans-test-${Math.random()}` });
  let last = 0;
  const now = () => new Date((last = Math.max(Date.now(), last + 1))).toISOString();
  const access = createStoreAccess({ factory, changes, now });
  const repo = createRepo({ factory, changes, now });
  const sandbox = createSandbox(scenario);
  let wrapper: FetchWrapper = (request) => sandbox.handle(request);
  const fetch: typeof globalThis.fetch = (input, init) => wrapper(new Request(input, init), sandbox);
  // A sent delete may still land for a second after a restart (lib/plans/in-flight.ts); listed again every 50 ms.
  const makeRunner = () => createPlanRunner({ access, clients: storedPlanClients(access, { fetch }), actor: 'tester@nordlicht.example', inFlight: { windowMs: 1_000, pollMs: 50 } });
  const tokens: string[] = [HUBSPOT_TOKEN];
  const credentials: Credential[] = [
    { id: credentialId('hubspot'), provider: 'hubspot', kind: 'static-token', accessToken: HUBSPOT_TOKEN, scopes: ['conversations.read'], portalId: PORTAL_ID, savedAt: now() },
  ];
  if (options.admins !== false) {
    const google = googleToken(sandbox.world, GOOGLE_ADMIN, [ADMIN_SCOPE]);
    const graph = graphToken(sandbox.world, ENTRA_ADMIN);
    tokens.push(google, graph);
    credentials.push(
      { id: credentialId('google', GOOGLE_ADMIN), provider: 'google', kind: 'oauth', accessToken: google, scopes: [ADMIN_SCOPE], account: GOOGLE_ADMIN, savedAt: now() },
      { id: credentialId('microsoft', ENTRA_ADMIN), provider: 'microsoft', kind: 'oauth', accessToken: graph, scopes: ['DelegatedPermissionGrant.ReadWrite.All'], account: ENTRA_ADMIN, savedAt: now() },
    );
  }
  const ready = (async () => {
    await repo.putMany('credentials', credentials);
    await repo.setMeta('hubspotPortal', { portalId: PORTAL_ID, uiDomain: scenario.portal.uiHost ?? 'app.hubspot.com', missingOptional: [], scopeSource: 'probe' });
  })();
  const runner = makeRunner();
  return {
    sandbox, access, repo, runner, tokens,
    restart: makeRunner,
    setFetch(next) { wrapper = next; },
    async seed(address) {
      await ready;
      const at = '2026-11-01T00:00:00.000Z';
      const personal = scenario.personalInboxes?.find((inbox) => inbox.address === address);
      const channel = scenario.teamChannels?.find((c) => c.address === address);
      if (personal) {
        await repo.upsertMailbox({ address, provider: personal.provider, kind: 'personal', portalId: PORTAL_ID });
        await repo.addObservation({ kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: `/settings/${PORTAL_ID}/user-preferences/email`, value: { state: personal.state ?? 'connected' }, observedAt: at });
      }
      if (channel) {
        await repo.upsertMailbox({ address, provider: channel.provider, kind: 'team', portalId: PORTAL_ID });
        await repo.putMany('channelAccounts', [{
          id: channel.id, channelId: '1002', inboxId: channel.inboxId, name: channel.name ?? address, address, active: channel.active ?? true,
          authorized: channel.authorized ?? true, archived: channel.archived ?? false, createdAt: channel.createdAt ?? at, syncedAt: at,
        }]);
      }
    },
    async start(address) {
      await ready;
      const inputs = await readPlanInputs(access, address);
      if (!inputs.portal) throw new Error('no portal');
      return runner.startPlan({ facts: inputs.facts, capabilities: inputs.capabilities, portal: inputs.portal });
    },
    async observe(observation) {
      await repo.addObservation({ host: 'app.hubspot.com', path: '/', ...observation });
    },
    requests(method, pathPart) {
      return sandbox.world.requests.filter((r) => r.method === method && r.path.includes(pathPart));
    },
  };
}

export const stepOf = (plan: RunPlan | undefined, id: string) => {
  const step = plan?.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};
