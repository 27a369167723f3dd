import type { ElementHandle, Page } from 'puppeteer';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { findByRole } from '../harness/aria';
import { confirmInDialog } from './confirm-dialog.page';
import { completedBy, demoScenario, planSelectors, waitForStep } from './plan-flow.page';

/**
 * What the team and Microsoft plan flows need beyond the shared plan steps of plan-flow.page.ts:
 * a world with a team mailbox signed in to its provider pages, an api step run through the
 * side panel's confirm dialog, how a done step completed, and the guide's banner and outline
 * on the page a guided step leads to.
 */

const ui = { timeout: 20_000 };

/** The demo world in `language` with `signedIn` extras (a team address has no HubSpot user of its own). */
export function teamWorld(language: Language, signedIn: NonNullable<Scenario['signedIn']>): Scenario {
  const scenario = demoScenario();
  scenario.portal.language = language;
  scenario.signedIn = { ...scenario.signedIn, ...signedIn };
  return scenario;
}

/** Waits until the checklist shows the step done; returns how it completed (observed, confirmed, api). */
export async function stepDoneBy(panel: Page, stepId: string): Promise<string | undefined> {
  await waitForStep(panel, stepId, 'done');
  return completedBy(panel, stepId);
}

/** "Run now" on the api step, then the confirm dialog's confirm button (the only way it runs). */
export async function runApiStep(panel: Page, stepId: string): Promise<void> {
  await (await panel.waitForSelector(`${planSelectors.step(stepId)} [data-testid="plan-step-run"]`, ui))?.click();
  await confirmInDialog(panel, '[role="dialog"][data-testid="confirm-dialog"]');
}

/** The guide's banner text (closed shadow root, found through the accessibility tree). */
export async function guideBannerText(page: Page): Promise<string> {
  const banner = await findByRole(page, 'status', 'Inboxlink', 15_000);
  return banner.evaluate((el) => el.textContent ?? '');
}

/** True when the guide's outline box sits around `target` (the box is 4 px outside it, give or take). */
export async function isOutlined(page: Page, target: ElementHandle): Promise<boolean> {
  const banner = await findByRole(page, 'status', 'Inboxlink', 15_000);
  const box = await banner.evaluate((el) => {
    const outline = (el.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.box');
    if (!outline || outline.hidden) return undefined;
    const r = outline.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  });
  const rect = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return [r.left - 4, r.top - 4, r.right + 4, r.bottom + 4];
  });
  return box !== undefined && box.every((edge, index) => Math.abs(edge - (rect[index] ?? Number.NaN)) <= 6);
}

/** Waits until the guide outlines what `find` returns (found again each time: pages re-render). */
export async function waitUntilOutlined(page: Page, find: () => Promise<ElementHandle>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await isOutlined(page, await find()))) {
    if (Date.now() > deadline) throw new Error(`the guide did not outline ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An element by accessible name alone (e.g. a <summary> with an aria-label), polled like findByRole. */
export async function findByName(page: Page, name: string, timeoutMs = 10_000): Promise<ElementHandle> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await page.$(`::-p-aria(${name.replace(/[()]/g, '\\$&')})`);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`nothing named "${name}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the side panel's mailbox detail shows about both sides, as lib/status and the store say. */
export interface ShownSides {
  status?: string;
  hubspotSide?: string;
  hubspotSideText: string;
  channelRecords: (string | undefined)[];
  startOffered: boolean;
}

/**
 * The mailbox detail once its status reads `status` (the panel re-renders on store changes), or
 * as it stands when it does not within the wait: the test's assertion then names what it showed.
 */
export async function mailboxSidesOnceStatus(panel: Page, status: string): Promise<ShownSides> {
  await panel.waitForSelector(`[data-testid="mailbox-detail"][data-inboxlink-status="${status}"]`, ui).catch(() => undefined);
  return panel.$eval('[data-testid="mailbox-detail"]', (el) => {
    const side = el.querySelector<HTMLElement>('[data-testid="hubspot-side"] [data-state]');
    return {
      status: (el as HTMLElement).dataset.inboxlinkStatus,
      hubspotSide: side?.dataset.state,
      hubspotSideText: side?.textContent ?? '',
      channelRecords: [...el.querySelectorAll<HTMLElement>('[data-testid="channel-record"]')].map((record) => record.dataset.state),
      startOffered: el.querySelector('[data-testid="plan-start"]') !== null,
    };
  });
}
