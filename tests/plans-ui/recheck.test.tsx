// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/sidepanel.html"}
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { renderIn } from '../ui/render';
import { ADA } from '../ui/seed';
import { clickStepButton, openRunDialog, useAdaSidePanelWorld } from './plan-world';

const REVOKE = 'revoke-google-workspace/revoke';
const stepEl = (id: string) => document.querySelector<HTMLElement>(`[data-testid="plan-step"][data-step-id="${id}"]`)!;

const world = useAdaSidePanelWorld();

describe('an api step whose outcome is unknown', () => {
  it('shows it as started, offers "Check again" (no second delete), and completes when Google answers again', async () => {
    history.replaceState(null, '', `/sidepanel.html?mailbox=${encodeURIComponent(ADA)}`);
    renderIn(<SidePanelApp />, 'sv');
    fireEvent.click(await screen.findByTestId('plan-start'));
    await waitFor(() => expect(stepEl('disconnect-personal-inbox/remove')?.dataset.state).toBe('active'));
    await clickStepButton(() => stepEl('disconnect-personal-inbox/remove'), 'plan-step-confirm');
    await waitFor(() => expect(stepEl(REVOKE)?.dataset.state).toBe('active'));
    // The checklist is busy until the confirm's answer arrives, which may come after the store's change.
    await waitFor(() => expect((within(stepEl(REVOKE)).getByTestId('plan-step-run') as HTMLButtonElement).disabled).toBe(false));

    // The DELETE reaches Google, then Google stops answering: nobody can tell what happened.
    let offline = false;
    const list = world().google.client.listUserTokens.getMockImplementation()!;
    world().google.client.listUserTokens.mockImplementation(async (user: string) => {
      if (offline) throw new Error('offline');
      return list(user);
    });
    world().google.deleteUserToken.mockImplementationOnce(async (user: string) => {
      world().google.hubspotFor.delete(user);
      offline = true;
      throw new Error('connection reset');
    });
    fireEvent.click(await within(await openRunDialog(() => stepEl(REVOKE))).findByTestId('dialog-confirm'));
    await waitFor(() => expect(stepEl(REVOKE).dataset.state).toBe('intent-recorded'), { timeout: 15_000 });
    expect(within(stepEl(REVOKE)).queryByTestId('plan-step-run')).toBeNull();

    offline = false;
    await clickStepButton(() => stepEl(REVOKE), 'plan-step-recheck');
    await waitFor(() => expect(stepEl(REVOKE).dataset.state).toBe('done'), { timeout: 15_000 });
    expect(world().google.deleteUserToken).toHaveBeenCalledTimes(1);
    expect(within(stepEl(REVOKE)).getByTestId('plan-step-completed-by').dataset.completedBy).toBe('api');
  }, 30_000);
});
