// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/sidepanel.html"}
/**
 * The worker dies during "Run now": the side panel's message never gets its answer and the
 * browser rejects it with its own words. The checklist says, in the user's language, that the
 * extension restarted and is checking, never the raw text, and the notice goes away once the
 * resumed plan's stored state changes. A failure the background answered gets its own words too.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { plansEn } from '../../lib/i18n/locales/plans/en';
import { plansSv } from '../../lib/i18n/locales/plans/sv';
import type { Locale } from '../../lib/i18n';
import { createPlanRunner } from '../../lib/plans';
import { createStoreAccess } from '../../lib/store/access';
import { renderIn } from '../ui/render';
import { ADA, clearWorld, seedWorld } from '../ui/seed';
import { clearPlans, installPlanBackground, openRunDialog, signInGoogleAdmin, type PlanWorld } from './plan-world';

const REMOVE = 'disconnect-personal-inbox/remove';
const REVOKE = 'revoke-google-workspace/revoke';
const CHANNEL_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const stepEl = (id: string) => document.querySelector<HTMLElement>(`[data-testid="plan-step"][data-step-id="${id}"]`)!;
const notice = () => screen.getByTestId('plan-notice').textContent ?? '';
/** Under a loaded test run a message round trip and an IndexedDB read can take over a second. */
const slow = { timeout: 5000 };
const planId = () => screen.getByTestId('plan').dataset.planId ?? '';

let world: PlanWorld;
beforeEach(async () => {
  fakeBrowser.reset();
  world = installPlanBackground('sidepanel.html');
  await seedWorld();
  await signInGoogleAdmin();
  world.google.hubspotFor.add(ADA);
});
afterEach(async () => {
  vi.restoreAllMocks();
  cleanup();
  await clearWorld();
  await clearPlans();
});

async function atRevoke(locale: Locale) {
  history.replaceState(null, '', `/sidepanel.html?mailbox=${encodeURIComponent(ADA)}`);
  renderIn(<SidePanelApp />, locale);
  fireEvent.click(await screen.findByTestId('plan-start'));
  await waitFor(() => expect(stepEl(REMOVE)?.dataset.state).toBe('active'));
  fireEvent.click(within(stepEl(REMOVE)).getByTestId('plan-step-confirm'));
  await waitFor(() => expect(stepEl(REVOKE)?.dataset.state).toBe('active'));
  // The checklist is busy until the confirm's answer arrives, which may come after the store's change.
  await waitFor(() => expect((within(stepEl(REVOKE)).getByTestId('plan-step-run') as HTMLButtonElement).disabled).toBe(false));
}

/** The background gets the run-api message and records the intent; then the worker dies: the DELETE reaches Google, no answer comes back. */
function workerDiesDuringRunNow() {
  world.google.deleteUserToken.mockImplementationOnce((user: string) => {
    world.google.hubspotFor.delete(user);
    return new Promise<never>(() => undefined);
  });
  const deliver = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const event = (message as { payload?: { event?: { type?: string } } }).payload?.event;
    if (event?.type !== 'run-api') return deliver(message);
    void deliver(message);
    await waitFor(() => expect(world.google.deleteUserToken).toHaveBeenCalled(), slow);
    throw new Error(CHANNEL_CLOSED);
  });
}

describe('the worker dies during Run now', () => {
  it.each([
    ['en', plansEn['plan.notice.restarted']],
    ['sv', plansSv['plan.notice.restarted']],
  ] as const)('(%s) says the extension restarted, never the browser’s text, until the resumed plan changes', async (locale, restarted) => {
    await atRevoke(locale);
    workerDiesDuringRunNow();
    fireEvent.click(await within(await openRunDialog(() => stepEl(REVOKE))).findByTestId('dialog-confirm'));

    await waitFor(() => expect(notice()).toBe(restarted), slow);
    expect(document.body.textContent).not.toContain('message channel');
    expect(stepEl(REVOKE).dataset.state).toBe('intent-recorded');
    // Unrelated store changes (the audit log) leave the notice alone while the plan stands still.
    await createStoreAccess().write(['audit'], (tx) => tx.objectStore('audit').add({ at: new Date().toISOString(), actor: 'test', action: 'noop', subject: ADA, result: 'ok' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-entry').some((e) => e.dataset.action === 'noop')).toBe(true), slow);
    expect(notice()).toBe(restarted);

    // The worker starts again and resumes: the intent is verified by listing, the plan changes.
    const restartedWorker = createPlanRunner({ access: createStoreAccess(), clients: { hubspot: async () => undefined, google: async () => world.google.client, graph: async () => undefined, graphWriteReady: async () => false } });
    await restartedWorker.advance(planId(), { type: 'resume' });
    await waitFor(() => expect(stepEl(REVOKE).dataset.state).toBe('done'), slow);
    await waitFor(() => expect(notice()).toBe(''), slow);
    expect(world.google.deleteUserToken).toHaveBeenCalledTimes(1);
  }, 30_000);

  it('a failure the background answered shows the localized “could not finish”, without its message', async () => {
    await atRevoke('en');
    vi.spyOn(world.runner, 'advance').mockRejectedValueOnce(new Error('IDBTransaction exploded at line 12'));
    fireEvent.click(await within(await openRunDialog(() => stepEl(REVOKE))).findByTestId('dialog-confirm'));
    await waitFor(() => expect(notice()).toBe(plansEn['plan.notice.failed']), slow);
    expect(document.body.textContent).not.toContain('exploded');
    expect(world.google.deleteUserToken).not.toHaveBeenCalled();
  });
});
