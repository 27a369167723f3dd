import type { Page } from 'puppeteer';

/**
 * The plan's confirmation dialog (components/plan/ConfirmDialog.tsx), confirmed as a user does:
 * only once it can take the click, and proven taken.
 */
const ui = { timeout: 20_000 };

/**
 * Clicks the dialog's confirm button and waits until the dialog has closed, so a click that was
 * not taken fails here, by name, instead of as a step that never finishes. Before the click it
 * waits for the dialog's own "ready" signal: ConfirmDialog moves focus to its safe "back" button in
 * an effect, once the dialog is rendered. The panel is brought to the front first, as a user looks
 * at what they click (a hidden tab draws no frames, and puppeteer's click waits for one).
 */
export async function confirmInDialog(panel: Page, dialog = '[role="dialog"]'): Promise<void> {
  await panel.bringToFront();
  await panel.waitForFunction((selector: string) => document.activeElement?.matches(`${selector} [data-testid="dialog-back"]`) ?? false, ui, dialog).catch((error: unknown) => {
    throw new Error(`the confirmation dialog ${dialog} never became ready (focus on its back button): ${String(error)}`);
  });
  await (await panel.waitForSelector(`${dialog} [data-testid="dialog-confirm"]`, ui))?.click();
  // The confirm handler closes the dialog before it sends anything: closed means the click was taken.
  await panel.waitForSelector(dialog, { ...ui, hidden: true }).catch((error: unknown) => {
    throw new Error(`the confirmation dialog ${dialog} is still open after its confirm was clicked: ${String(error)}`);
  });
}
