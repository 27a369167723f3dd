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
import { storedPlanClients, type PlanTokenSource } from '../../lib/plans/clients';
import { readPlanInputs } from '../../lib/plans/inputs';
import { createPlanRunner, type PlanRunner } from '../../lib/plans/runner';
import type { RunPlan } from '../../lib/plans/types';
import { ADMIN_SCOPE, googleToken, graphToken } from '../clients/provider-tokens';
import { demoScenario } from '../clients/harness';
import type {} from '../../lib/hubspot-apps/confirmed';

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
  /** Stores an observation made on its kind's page (onPage) unless it names host and path itself. */
  observe(observation: Omit<Observation, 'id' | 'host' | 'path'> & Partial<Observation>): Promise<void>;
  requests(method: string, pathPart: string): { method: string; path: string; status: number }[];
}

/**
 * The demo world's HubSpot apps, as an admin of each directory confirmed them once (no public
 * source names HubSpot's ids: lib/hubspot-apps/known-ids.ts): the Workspace's Google client id
 * and the Entra tenant's "HubSpot Sales" app id.
 */
export const DEMO_CONFIRMED_APPS: Record<string, string[]> = {
  'google:nordlicht.example': ['440123456789-hubspotinbox0sales.apps.googleusercontent.com'],
  'entra:b2c4e6a8-1d3f-4a5b-9c7e-0f1a2b3c4d5e': ['7e1a9c44-2b3d-4f5e-8a6b-0c1d2e3f4a5b'],
};

export interface PlanBedOptions {
  admins?: boolean;
  confirmedApps?: boolean;
  /** How plan calls get admin tokens; default: the stored ones, and the Entra admin's graph token for writes. */
  tokens?: (bed: { repo: Repo; sandbox: Sandbox; graphToken: string | undefined }) => PlanTokenSource;
}

export function planBed(scenario: Scenario = demoScenario(), options: PlanBedOptions = {}): PlanBed {
  const factory = new IDBFactory();
  const changes = createChangeHub({ channelName: `plans-test-${Math.random()}` });
  let last = 0;
  const now = () => new Date((last = Math.max(Date.now(), last + 1))).toISOString();
  const access = createStoreAccess({ factory, changes, now });
  const repo = createRepo({ factory, changes, now });
  const sandbox = createSandbox(scenario);
  let wrapper: FetchWrapper = (request) => sandbox.handle(request);
  const fetch: typeof globalThis.fetch = (input, init) => wrapper(new Request(input, init), sandbox);
  let graphWrite: string | undefined;
  const tokenSource = (): PlanTokenSource => options.tokens?.({ repo, sandbox, graphToken: graphWrite }) ?? {
    fresh: async (provider, account) => (await repo.get('credentials', credentialId(provider, account)))?.accessToken ?? '',
    // The Entra admin granted the write permission for the step (incremental consent, in the sign-in page).
    graphWrite: async () => graphWrite,
  };
  // A sent delete may still land for a second after a restart (lib/plans/in-flight.ts); listed again every 50 ms.
  const makeRunner = () => createPlanRunner({ access, clients: storedPlanClients(access, { fetch, tokens: tokenSource() }), actor: 'tester@nordlicht.example', inFlight: { windowMs: 1_000, pollMs: 50 } });
  const tokens: string[] = [HUBSPOT_TOKEN];
  const credentials: Credential[] = [
    { id: credentialId('hubspot'), provider: 'hubspot', kind: 'static-token', accessToken: HUBSPOT_TOKEN, scopes: ['conversations.read'], portalId: PORTAL_ID, savedAt: now() },
  ];
  if (options.admins !== false) {
    const google = googleToken(sandbox.world, GOOGLE_ADMIN, [ADMIN_SCOPE]);
    const graph = graphToken(sandbox.world, ENTRA_ADMIN);
    graphWrite = graph;
    tokens.push(google, graph);
    credentials.push(
      { id: credentialId('google', GOOGLE_ADMIN), provider: 'google', kind: 'oauth', accessToken: google, scopes: [ADMIN_SCOPE], account: GOOGLE_ADMIN, savedAt: now() },
      { id: credentialId('microsoft', ENTRA_ADMIN), provider: 'microsoft', kind: 'oauth', accessToken: graph, scopes: ['DelegatedPermissionGrant.ReadWrite.All'], account: ENTRA_ADMIN, savedAt: now() },
    );
  }
  const ready = (async () => {
    await repo.putMany('credentials', credentials);
    await repo.setMeta('hubspotPortal', { portalId: PORTAL_ID, uiDomain: scenario.portal.uiHost ?? 'app.hubspot.com', missingOptional: [], scopeSource: 'probe' });
    if (options.confirmedApps !== false) await repo.setMeta('hubspotApps', DEMO_CONFIRMED_APPS);
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
      await repo.addObservation(onPage(observation));
    },
    requests(method, pathPart) {
      return sandbox.world.requests.filter((r) => r.method === method && r.path.includes(pathPart));
    },
  };
}

const CONSENT_PAGES: Record<string, { host: string; path: string }> = {
  google: { host: 'myaccount.google.com', path: '/connections' },
  microsoft365: { host: 'myapps.microsoft.com', path: '/manage' },
  outlook: { host: 'account.live.com', path: '/consent/Manage' },
};

/**
 * An observation as the guide makes it on its kind's page of the demo portal (HubSpot's pages of
 * portal 4480123; the consent page of the provider its value names, Google's by default), unless
 * it names its host and path itself. Plans accept only observations from the step's own page.
 */
export function onPage<T extends Omit<Observation, 'id' | 'host' | 'path'> & Partial<Observation>>(observation: T): T & Pick<Observation, 'host' | 'path'> {
  const inbox = typeof observation.value.inboxId === 'string' ? observation.value.inboxId : '147001';
  const consent = CONSENT_PAGES[String(observation.value.provider ?? 'google')] ?? CONSENT_PAGES.google;
  const page = {
    'crm-personal-inbox': { host: 'app.hubspot.com', path: `/settings/${PORTAL_ID}/user-preferences/email` },
    'crm-team-channel': { host: 'app.hubspot.com', path: `/live-messages-settings/${PORTAL_ID}/inboxes/${inbox}/channels` },
    'provider-grant': consent,
    'signed-in-address': { host: 'mail.google.com', path: '/mail/u/0/' },
    'partner-domain': { host: 'app.hubspot.com', path: `/settings/${PORTAL_ID}/partner/automation` },
    'partner-section': { host: 'app.hubspot.com', path: `/settings/${PORTAL_ID}/partner/automation` },
  }[observation.kind];
  return { ...page, ...observation } as T & Pick<Observation, 'host' | 'path'>;
}

export const stepOf = (plan: RunPlan | undefined, id: string) => {
  const step = plan?.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};
