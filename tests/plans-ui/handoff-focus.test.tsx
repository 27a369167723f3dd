// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/sidepanel.html"}
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestPanelFocus } from '../../components/plan/panel-focus';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { readPlanInputs } from '../../lib/plans';
import { createStoreAccess } from '../../lib/store/access';
import { repo } from '../../lib/store/repo';
import { renderIn } from '../ui/render';
import { ADA, clearWorld, IMAP, seedWorld } from '../ui/seed';
import { clearPlans, clickStepButton, installPlanBackground, type PlanWorld } from './plan-world';

const HANDOFF = 'imap-handoff/handoff';
const stepEl = (id: string) => document.querySelector<HTMLElement>(`[data-testid="plan-step"][data-step-id="${id}"]`);

let world: PlanWorld;
beforeEach(async () => {
  fakeBrowser.reset();
  world = installPlanBackground('sidepanel.html');
  await seedWorld();
  await repo.setMeta('hubspotPortal', { portalId: 4480123, uiDomain: 'app.hubspot.com', missingOptional: [], scopeSource: 'probe' });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await clearWorld();
  await clearPlans();
});

describe('IMAP hand-off in the side panel', () => {
  it('shows the message to IT (copy, mailto) once HubSpot’s side is done, in the user’s language, and completes on confirmation', async () => {
    const inputs = await readPlanInputs(createStoreAccess(), IMAP);
    await world.runner.startPlan({ facts: inputs.facts, capabilities: inputs.capabilities, portal: inputs.portal! });
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    history.replaceState(null, '', `/sidepanel.html?mailbox=${encodeURIComponent(IMAP)}`);
    renderIn(<SidePanelApp />, 'de');
    await waitFor(() => expect(screen.getByTestId('plan').dataset.status).toBe('running'));
    expect(screen.queryByTestId('handoff')).toBeNull();
    for (const id of ['disconnect-personal-inbox/disable', 'disconnect-personal-inbox/remove']) {
      await waitFor(() => expect(stepEl(id)?.dataset.state).toBe('active'));
      await clickStepButton(() => stepEl(id)!, 'plan-step-confirm');
    }
    await waitFor(() => expect(stepEl(HANDOFF)?.dataset.state).toBe('active'));
    const handoff = screen.getByTestId('handoff');
    expect(within(handoff).getByTestId('handoff-body').textContent).toContain(IMAP);
    const mailto = within(handoff).getByTestId('handoff-mailto') as HTMLAnchorElement;
    expect(mailto.getAttribute('href')).toMatch(/^mailto:\?subject=.*&body=/);
    expect(decodeURIComponent(mailto.getAttribute('href')!)).toContain('4480123');
    fireEvent.click(within(handoff).getByTestId('handoff-copy'));
    await waitFor(() => expect(handoff.textContent).toContain('Nachricht kopiert.'));
    expect(writeText.mock.calls[0]?.[0]).toContain(IMAP);
    expect(screen.getByTestId('reconnect').dataset.provider).toBe('imap');
    await clickStepButton(() => stepEl(HANDOFF)!, 'plan-step-confirm');
    await waitFor(() => expect(stepEl(HANDOFF)?.dataset.state).toBe('done'));
    expect(within(stepEl(HANDOFF)!).getByTestId('plan-step-completed-by').dataset.completedBy).toBe('confirmed');
  });
});

describe('landing on a mailbox from the popup', () => {
  it('opens the mailbox named in storage.session, also when the panel was already open', async () => {
    history.replaceState(null, '', '/sidepanel.html');
    renderIn(<SidePanelApp />);
    await waitFor(() => expect(screen.getByTestId('sidepanel').dataset.view).toBe('list'));
    await requestPanelFocus(ADA);
    await waitFor(() => expect(screen.getByTestId('mailbox-detail').dataset.address).toBe(ADA));
    // Taken once: the request is removed so a later opening starts at the list.
    await waitFor(async () => expect(await fakeBrowser.storage.session.get('inboxlink.sidepanel.focus')).toEqual({}));
  });
});
