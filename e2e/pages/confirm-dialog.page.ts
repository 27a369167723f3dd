import type { Page } from 'puppeteer';

/**
 * The plan's confirmation dialog (components/plan/ConfirmDialog.tsx), confirmed as a user does:
 * only once it can take the click, and proven taken.
 */
const ui = { timeout: 20_000 };

/**
 * Clicks the dialog's confirm button and waits until the dialog has closed, so a click that was
 * not taken fails here, by name, instead of as a step that never finishes. The panel is brought to the front first, as a user looks
 * at what they click (a hidden tab draws no frames, and puppeteer's click waits for one).
 */
export async function confirmInDialog(panel: Page, dialog = '[role="dialog"]'): Promise<void> {
  await panel.bringToFront();
  await expectFocusInDialog(panel, dialog);
  // Ready: its confirm button is rendered (ConfirmDialog shows none until what it is about can be
  // read) and has stopped moving (the dialog grows when its app list loads: a click computed
  // before that lands where the button was).
  const confirm = `${dialog} [data-testid="dialog-confirm"]`;
  await panel
    .waitForFunction(
      (selector: string) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        const state = window as { lastConfirmBox?: string };
        const now = box ? `${box.x},${box.y},${box.width},${box.height}` : '';
        const still = now !== '' && now === state.lastConfirmBox;
        state.lastConfirmBox = now;
        return still;
      },
      { ...ui, polling: 100 },
      confirm,
    )
    .catch((error: unknown) => {
      throw new Error(`the confirmation dialog ${dialog} never showed a settled confirm button: ${String(error)}`);
    });
  await (await panel.waitForSelector(confirm, ui))?.click();
  // The confirm handler closes the dialog before it sends anything: closed means the click was taken.
  await panel.waitForSelector(dialog, { ...ui, hidden: true }).catch((error: unknown) => {
    throw new Error(`the confirmation dialog ${dialog} is still open after its confirm was clicked: ${String(error)}`);
  });
}

/**
 * The keyboard focus is inside the open dialog (components/shared/modal-focus.ts): a key pressed
 * now reaches it. Polled with a bound: the dialog moves the focus in once it has been drawn.
 */
export async function expectFocusInDialog(panel: Page, dialog = '[role="dialog"]'): Promise<void> {
  await panel
    .waitForFunction((selector: string) => document.querySelector(selector)?.contains(document.activeElement) === true, { ...ui, polling: 100 }, dialog)
    .catch(async (error: unknown) => {
      const focused = await panel.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
      throw new Error(`the dialog ${dialog} is open without the keyboard focus (it is on ${focused}): ${String(error)}`);
    });
}

/**
 * A press of the mouse on the dialog's backdrop (where a click meant for a control behind it, or
 * for one of the dialog's that had just moved, lands): the dialog stays open with the focus inside.
 */
export async function pressBackdrop(panel: Page, dialog = '[role="dialog"]'): Promise<void> {
  await panel.bringToFront();
  const box = await (await panel.waitForSelector(dialog, ui))?.boundingBox();
  if (!box || Math.max(box.x, box.y) < 8) throw new Error(`the dialog ${dialog} leaves no backdrop to press beside it`);
  // Halfway between the window's edge and the dialog's, on the wider side: the backdrop only.
  if (box.y >= box.x) await panel.mouse.click(box.x + box.width / 2, box.y / 2);
  else await panel.mouse.click(box.x / 2, box.y + box.height / 2);
}
