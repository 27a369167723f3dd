/**
 * The plan views' test bed: the real background router and handlers behind fakeBrowser (as
 * tests/ui does), with plan/start and plan/advance on a real plan runner over the same
 * IndexedDB whose Google Admin client is a recording double, so no test reaches the network.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../../lib/background/handlers';
import { createPlanAdvanceHandler } from '../../lib/background/handlers/plans/plan-advance';
import { createPlanStartHandler } from '../../lib/background/handlers/plans/plan-start';
import { createPlanStepAppsHandler } from '../../lib/background/handlers/plans/plan-step-apps';
import { ADMIN_SECURITY_SCOPE } from '../../lib/clients/google/client';
import { createRouter } from '../../lib/messaging/router';
import { createPlanRunner, type PlanClients, type PlanRunner } from '../../lib/plans';
import { createStoreAccess } from '../../lib/store/access';
import { credentialId } from '../../lib/store/records';
import { repo } from '../../lib/store/repo';
import { ADA, clearWorld, seedWorld } from '../ui/seed';

const EXTENSION_ID = 'inboxlinktest';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
export const GOOGLE_ADMIN = 'admin@example.com';

/** A registered web client named "HubSpot": a candidate the admin approves in the run dialog. */
export const HUBSPOT_CLIENT_ID = '440123456789-hubspotinbox0sales.apps.googleusercontent.com';

/** Google's token list for each user: HubSpot's token until someone deletes it. */
export function fakeGoogle() {
  const hubspotFor = new Set<string>();
  const deleteUserToken = vi.fn(async (user: string) => (hubspotFor.delete(user) ? ('deleted' as const) : ('already-gone' as const)));
  const client = {
    listUserTokens: vi.fn(async (user: string) =>
      hubspotFor.has(user) ? [{ clientId: HUBSPOT_CLIENT_ID, displayText: 'HubSpot', scopes: ['https://mail.google.com/'] }] : []),
    deleteUserToken,
  };
  return { client, hubspotFor, deleteUserToken };
}

export interface PlanWorld {
  runner: PlanRunner;
  google: ReturnType<typeof fakeGoogle>;
  /** Message types and the plan/advance events the pages sent, in order. */
  sent: { type: string; event?: unknown }[];
  /**
   * Resolves once every message the pages sent has been answered. A plan event the test did not
   * wait for (a run's verifying listing) would otherwise write into the next test's database.
   */
  settle(): Promise<void>;
}

export function installPlanBackground(page: string): PlanWorld {
  const access = createStoreAccess();
  const google = fakeGoogle();
  const clients: PlanClients = {
    hubspot: async () => undefined,
    google: async () => google.client,
    graph: async () => undefined,
    graphWriteReady: async () => false,
  };
  const runner = createPlanRunner({ access, clients, actor: 'user' });
  const route = createRouter(
    {
      ...handlers, 'plan/start': createPlanStartHandler(() => access, () => runner), 'plan/advance': createPlanAdvanceHandler(() => runner),
      'plan/step-apps': createPlanStepAppsHandler(() => runner),
    },
    { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, contentHosts: ['mail.google.com'] },
  );
  const sent: PlanWorld['sent'] = [];
  const answering = new Set<Promise<unknown>>();
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type = '', payload } = message as { type?: string; payload?: { event?: unknown } };
    sent.push({ type, event: payload?.event });
    if (type === 'sync/now' || type === 'sync/if-stale') return { ok: true, data: { started: true } };
    const answer = route(message, { id: EXTENSION_ID, url: `${ORIGIN}${page}` });
    answering.add(answer);
    void answer.catch(() => undefined).finally(() => answering.delete(answer));
    return answer;
  });
  const settle = async () => {
    while (answering.size > 0) await Promise.allSettled([...answering]);
  };
  return { runner, google, sent, settle };
}

/**
 * The side panel's plan world around Ada, set up before each test of the file and cleared after
 * it: the seeded world, a Google Workspace admin signed in, HubSpot's token on Ada's account.
 * `beforeInstall` runs after the fake browser is reset, before the background is installed.
 * Returns the current test's world.
 */
export function useAdaSidePanelWorld(beforeInstall?: () => void): () => PlanWorld {
  let world: PlanWorld | undefined;
  beforeEach(async () => {
    fakeBrowser.reset();
    beforeInstall?.();
    world = installPlanBackground('sidepanel.html');
    await seedWorld();
    await signInGoogleAdmin();
    world.google.hubspotFor.add(ADA);
  });
  afterEach(async () => {
    cleanup();
    await world?.settle();
    await clearWorld();
    await clearPlans();
  });
  return () => {
    if (!world) throw new Error('the plan world is set up before each test');
    return world;
  };
}

/** A Google Workspace admin sign-in governing example.com: Ada's plan gets the api step. */
export async function signInGoogleAdmin(): Promise<void> {
  await repo.putMany('credentials', [{
    id: credentialId('google', GOOGLE_ADMIN), provider: 'google', kind: 'oauth', accessToken: 'fake-token',
    scopes: [ADMIN_SECURITY_SCOPE], account: GOOGLE_ADMIN, savedAt: new Date().toISOString(),
  }]);
}

/** Plans and audit outlive a sign-out on purpose; tests start from an empty log. */
export async function clearPlans(): Promise<void> {
  await createStoreAccess().write(['plans', 'audit', 'credentials', 'meta'], async (tx) => {
    await Promise.all([tx.objectStore('plans').clear(), tx.objectStore('audit').clear(), tx.objectStore('credentials').clear(), tx.objectStore('meta').clear()]);
  });
}

/**
 * Clicks one of a step's buttons (`plan-step-confirm`, `-run`, `-recheck`) once the checklist takes
 * clicks again. The step turns active from the store's change event, which can arrive before the
 * previous action's answer clears `busy` (the buttons are disabled until then): clicking at that
 * moment is a no-op, so wait for the button to be enabled rather than for the state alone.
 */
export async function clickStepButton(step: () => HTMLElement, testId: string): Promise<void> {
  const button = await waitFor(() => {
    const found = within(step()).getByTestId(testId) as HTMLButtonElement;
    expect(found.disabled).toBe(false);
    return found;
  }, { timeout: 5000 });
  fireEvent.click(button);
}

/** Clicks a step's "Run now" (see clickStepButton) and returns the confirm dialog. */
export async function openRunDialog(step: () => HTMLElement): Promise<HTMLElement> {
  await clickStepButton(step, 'plan-step-run');
  return screen.findByRole('dialog');
}
