// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/sidepanel.html"}
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { notifyChanged } from '../../lib/store/changes';
import { repo } from '../../lib/store/repo';
import { renderIn } from '../ui/render';
import { ADA } from '../ui/seed';
import { clickStepButton, openRunDialog, useAdaSidePanelWorld } from './plan-world';

/**
 * A plan's confirmation dialog keeps the keyboard focus while it is open, whatever happens behind
 * it: the mailbox's detail re-read live (also after a read that failed), a press outside the
 * dialog's controls, something behind it taking the focus. A key pressed next must reach the
 * dialog. The clean-clone e2e run that had the dialog open with the focus outside it: a click
 * meant for a control landed where nothing takes the focus (the dialog grows when its app list
 * loads, moving its buttons), and the dialog never took the focus back.
 */
const failNextRead = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../components/shared/mailbox-detail', async (original) => {
  const actual = await original<typeof import('../../components/shared/mailbox-detail')>();
  return {
    ...actual,
    loadMailboxDetail: async (address: string) => {
      if (failNextRead.count > 0) {
        failNextRead.count -= 1;
        throw new Error('The transaction was aborted.');
      }
      return actual.loadMailboxDetail(address);
    },
  };
});

const REMOVE = 'disconnect-personal-inbox/remove';
const REVOKE = 'revoke-google-workspace/revoke';
const stepEl = (id: string) => {
  const el = document.querySelector<HTMLElement>(`[data-testid="plan-step"][data-step-id="${id}"]`);
  if (!el) throw new Error(`no step ${id}`);
  return el;
};
const focusInDialog = () => expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);

/**
 * A press of the mouse, with the browser's default action: a press on something that takes no
 * focus leaves no element focused (happy-dom has no such default; Chromium and Firefox do).
 */
function pressOn(target: Element): void {
  const taken = fireEvent.mouseDown(target);
  if (taken) (document.activeElement as HTMLElement | null)?.blur();
  fireEvent.mouseUp(target);
  fireEvent.click(target);
}

useAdaSidePanelWorld(() => {
  failNextRead.count = 0;
});

/** Ada's plan at its revoke step, the run dialog open with its app list loaded. */
async function openRevokeDialog(): Promise<HTMLElement> {
  history.replaceState(null, '', `/sidepanel.html?mailbox=${encodeURIComponent(ADA)}`);
  renderIn(<SidePanelApp />);
  await waitFor(() => expect(screen.getByTestId('mailbox-detail').dataset.address).toBe(ADA));
  fireEvent.click(await screen.findByTestId('plan-start'));
  await waitFor(() => expect(screen.getByTestId('plan').dataset.status).toBe('running'));
  await clickStepButton(() => stepEl(REMOVE), 'plan-step-confirm');
  await waitFor(() => expect(stepEl(REVOKE).dataset.state).toBe('active'));
  // A click focuses the button it presses (fireEvent.click does not): the dialog's opener.
  await waitFor(() => expect((within(stepEl(REVOKE)).getByTestId('plan-step-run') as HTMLButtonElement).disabled).toBe(false));
  within(stepEl(REVOKE)).getByTestId('plan-step-run').focus();
  const dialog = await openRunDialog(() => stepEl(REVOKE));
  await within(dialog).findByTestId('dialog-confirm');
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByTestId('dialog-back')));
  return dialog;
}

describe('a plan’s confirmation dialog keeps the focus while open', () => {
  it('through live re-reads of the mailbox behind it, one of them failed: still open, focus on its back button', async () => {
    const dialog = await openRevokeDialog();
    const back = within(dialog).getByTestId('dialog-back');
    // A sync writing the mailbox: the detail is re-read, the same mailbox.
    await repo.upsertMailbox({ address: ADA, provider: 'google', kind: 'personal', userId: '11', displayName: 'Ada L.', portalId: 4480123 });
    await waitFor(() => expect(screen.getByTestId('mailbox-detail').textContent).toContain('Ada L.'));
    expect(document.activeElement).toBe(back);
    // A re-read that fails (the store was busy), then one that succeeds: the view stays, with the
    // error said, instead of being replaced and coming back with the focus on its heading.
    failNextRead.count = 1;
    notifyChanged(['mailboxes']);
    await screen.findByRole('alert');
    notifyChanged(['mailboxes']);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(document.activeElement).toBe(back);
  });

  it('a press on the backdrop (a click meant for a control behind it) leaves the focus in the dialog', async () => {
    const dialog = await openRevokeDialog();
    pressOn(dialog.parentElement!);
    focusInDialog();
    expect(document.activeElement).toBe(within(dialog).getByTestId('dialog-back'));
  });

  it('a press on the dialog’s text (where a button was before it grew) brings the focus back to its control', async () => {
    const dialog = await openRevokeDialog();
    pressOn(within(dialog).getByTestId('step-apps'));
    await waitFor(focusInDialog);
    expect(document.activeElement).toBe(within(dialog).getByTestId('dialog-back'));
    // The key pressed next reaches the dialog: Escape closes it, focus back on Run.
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(within(stepEl(REVOKE)).getByTestId('plan-step-run'));
  });

  it('focus taken by the view behind it comes back to the control that had it', async () => {
    const dialog = await openRevokeDialog();
    const confirm = within(dialog).getByTestId('dialog-confirm');
    confirm.focus();
    screen.getByTestId('detail-back').focus();
    focusInDialog();
    expect(document.activeElement).toBe(confirm);
  });
});
