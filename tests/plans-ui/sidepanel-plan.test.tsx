// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/sidepanel.html"}
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { readPlanInputs } from '../../lib/plans';
import { createStoreAccess } from '../../lib/store/access';
import { repo } from '../../lib/store/repo';
import { renderIn } from '../ui/render';
import { ADA, BOB } from '../ui/seed';
import { GOOGLE_ADMIN, HUBSPOT_CLIENT_ID, openRunDialog, type PlanWorld, useAdaSidePanelWorld } from './plan-world';

const REMOVE = 'disconnect-personal-inbox/remove';
const REVOKE = 'revoke-google-workspace/revoke';
const planRoot = () => screen.getByTestId('plan');
const stepEl = (id: string) => {
  const el = document.querySelector<HTMLElement>(`[data-testid="plan-step"][data-step-id="${id}"]`);
  if (!el) throw new Error(`no step ${id}`);
  return el;
};
const runApiEvents = (world: PlanWorld) => world.sent.filter((m) => (m.event as { type?: string } | undefined)?.type === 'run-api');

async function openOn(address: string) {
  history.replaceState(null, '', `/sidepanel.html?mailbox=${encodeURIComponent(address)}`);
  renderIn(<SidePanelApp />);
  await waitFor(() => expect(screen.getByTestId('mailbox-detail').dataset.address).toBe(address));
  await waitFor(() => expect(screen.getByTestId('plan-section')).toBeTruthy());
}

async function startAdaPlan() {
  await openOn(ADA);
  // Offered once the mailbox's status is known (it loads after the section).
  fireEvent.click(await screen.findByTestId('plan-start'));
  await waitFor(() => expect(planRoot().dataset.status).toBe('running'));
}

const world = useAdaSidePanelWorld();

describe('side panel plan checklist', () => {
  it('starts a plan and shows each step with its state, progress, deep links, reconnect info and the audit log', async () => {
    await startAdaPlan();
    // Ada is already disabled in HubSpot: that step is not needed; removing is her turn.
    expect(stepEl('disconnect-personal-inbox/disable').dataset.state).toBe('skipped');
    expect(stepEl(REMOVE).dataset.state).toBe('active');
    expect(stepEl(REVOKE).dataset.state).toBe('pending');
    expect(within(stepEl(REMOVE)).getByText(/Your turn/)).toBeTruthy();
    const link = within(stepEl(REMOVE)).getByTestId('plan-step-link') as HTMLAnchorElement;
    expect(link.href).toMatch(/^https:\/\/app\.hubspot\.com\/.*4480123/);
    expect(link.target).toBe('_blank');
    expect(stepEl(REMOVE).textContent).toContain('highlights the button');
    expect(screen.getByTestId('plan-progress').textContent).toMatch(/^1 of \d+ steps finished$/);
    expect(screen.getByTestId('reconnect').dataset.provider).toBe('google');
    expect(screen.getByTestId('reconnect').textContent).toContain('Google Search Console');
    await waitFor(() => expect(within(screen.getByTestId('audit-log')).getAllByTestId('audit-entry').map((e) => e.dataset.action)).toContain('plan.start'));
    // Only the current step offers actions.
    expect(within(stepEl(REVOKE)).queryByTestId('plan-step-run')).toBeNull();
  });

  it('completes a guided step on the user’s confirmation', async () => {
    await startAdaPlan();
    fireEvent.click(within(stepEl(REMOVE)).getByTestId('plan-step-confirm'));
    await waitFor(() => expect(stepEl(REMOVE).dataset.state).toBe('done'));
    expect(within(stepEl(REMOVE)).getByTestId('plan-step-completed-by').dataset.completedBy).toBe('confirmed');
    expect(stepEl(REVOKE).dataset.state).toBe('active');
  });

  it('runs an api step only through the confirm dialog: Escape and Back call nothing, Confirm deletes once', async () => {
    await startAdaPlan();
    fireEvent.click(within(stepEl(REMOVE)).getByTestId('plan-step-confirm'));
    await waitFor(() => expect(stepEl(REVOKE).dataset.state).toBe('active'));
    // Google's app list answers only when released: the dialog waits for it.
    const listTokens = world().google.client.listUserTokens.getMockImplementation();
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    world().google.client.listUserTokens.mockImplementation(async (user: string) => { await held; return listTokens ? listTokens(user) : []; });
    const dialog = await openRunDialog(() => stepEl(REVOKE));
    const run = within(stepEl(REVOKE)).getByTestId('plan-step-run');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain(`Delete HubSpot’s access to ${ADA}?`);
    // No confirm button until the dialog can say which app it removes: HubSpot's, by its id.
    await within(dialog).findByTestId('step-apps-loading');
    expect(within(dialog).queryByTestId('dialog-confirm')).toBeNull();
    release();
    await within(dialog).findByTestId('dialog-confirm');
    expect(within(dialog).getByTestId('step-app')).toMatchObject({ dataset: { appId: HUBSPOT_CLIENT_ID, identity: 'candidate' } });
    expect(within(dialog).getByTestId('step-app').textContent).toContain(HUBSPOT_CLIENT_ID);
    const [back, confirm] = within(dialog).getAllByRole('button');
    // The button says what it does, not a bare "run it".
    expect(confirm!.textContent).toBe('Yes, delete access');
    expect(document.activeElement).toBe(back);
    // Focus stays inside: Tab from the last button wraps to the first, Shift+Tab the other way.
    confirm!.focus();
    fireEvent.keyDown(confirm!, { key: 'Tab' });
    expect(document.activeElement).toBe(back);
    fireEvent.keyDown(back!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    // Escape closed the dialog only: the detail view is still there.
    expect(screen.getByTestId('sidepanel').dataset.view).toBe('detail');
    fireEvent.click(run);
    fireEvent.click(within(screen.getByRole('dialog')).getByTestId('dialog-back'));
    expect(runApiEvents(world())).toHaveLength(0);
    expect(world().google.deleteUserToken).not.toHaveBeenCalled();

    fireEvent.click(run);
    fireEvent.click(await within(screen.getByRole('dialog')).findByTestId('dialog-confirm'));
    await waitFor(() => expect(stepEl(REVOKE).dataset.state).toBe('done'));
    // The dialog showed HubSpot's app (a candidate: named like it, a registered web client) and the
    // confirmation approves it as HubSpot's for the domain.
    expect(runApiEvents(world())).toEqual([{ type: 'plan/advance', event: { type: 'run-api', stepId: REVOKE, confirmed: true, apps: [HUBSPOT_CLIENT_ID] } }]);
    expect(world().google.deleteUserToken).toHaveBeenCalledTimes(1);
    expect(world().google.deleteUserToken).toHaveBeenCalledWith(ADA, HUBSPOT_CLIENT_ID, expect.anything());
    expect(within(stepEl(REVOKE)).getByTestId('plan-step-completed-by').dataset.completedBy).toBe('api');
    await waitFor(() => {
      const actions = within(screen.getByTestId('audit-log')).getAllByTestId('audit-entry').map((e) => e.dataset.action);
      expect(actions).toEqual(expect.arrayContaining(['step.intent', 'step.result']));
    });
    expect(screen.getByTestId('audit-log').textContent).toContain(ADA);
    // The admin the step acted as is logged; the token never is.
    const intent = within(screen.getByTestId('audit-log')).getAllByTestId('audit-entry').find((e) => e.dataset.action === 'step.intent');
    expect(intent?.getAttribute('title')).toContain(GOOGLE_ADMIN);
    expect(screen.getByTestId('audit-log').textContent).not.toContain('fake-token');
  });

  it('cancels only after confirmation, and logs it', async () => {
    await startAdaPlan();
    await waitFor(() => expect((screen.getByTestId('plan-cancel') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('plan-cancel'));
    fireEvent.click(within(await screen.findByTestId('cancel-dialog')).getByTestId('dialog-back'));
    expect(planRoot().dataset.status).toBe('running');
    fireEvent.click(screen.getByTestId('plan-cancel'));
    fireEvent.click(within(await screen.findByTestId('cancel-dialog')).getByTestId('dialog-confirm'));
    await waitFor(() => expect(planRoot().dataset.status).toBe('cancelled'));
    expect(screen.queryByTestId('plan-cancel')).toBeNull();
    expect(stepEl(REVOKE).dataset.state).toBe('skipped');
    await waitFor(() => expect(within(screen.getByTestId('audit-log')).getAllByTestId('audit-entry').map((e) => e.dataset.action)).toContain('plan.cancel'));
  });

  it('says to connect HubSpot first when no portal is known', async () => {
    await openOn(BOB);
    fireEvent.click(screen.getByTestId('plan-start'));
    await waitFor(() => expect(screen.getByTestId('plan-start-notice').textContent).toBe('Connect HubSpot in the options first: the plan needs your HubSpot account.'));
    expect(screen.queryByTestId('plan')).toBeNull();
  });

  it('shows a plan already in the store (after a browser restart) and renders audit text as text', async () => {
    // Started in an earlier browser session: only IndexedDB remembers it.
    const inputs = await readPlanInputs(createStoreAccess(), ADA);
    const plan = await world().runner.startPlan({ facts: inputs.facts, capabilities: inputs.capabilities, portal: inputs.portal! });
    // An account actor is data, shown as it is: as text, never as markup.
    await repo.appendAudit({ actor: '<img src=x onerror="window.__pwned=1">@example.com', action: 'note', subject: ADA, result: 'ok', detail: '<b>x</b>' });
    await openOn(ADA);
    await waitFor(() => expect(planRoot().dataset.planId).toBe(plan.id));
    const log = screen.getByTestId('audit-log');
    await waitFor(() => expect(log.textContent).toContain('<img src=x onerror="window.__pwned=1">@example.com'));
    expect(log.querySelector('img')).toBeNull();
    expect(log.querySelector('b')).toBeNull();
    expect(log.querySelector('[data-action="note"]')?.getAttribute('title')).toBe('<b>x</b>');
    expect(screen.queryByTestId('plan-start')).toBeNull();
  });
});
