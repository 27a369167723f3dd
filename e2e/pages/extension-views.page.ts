import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Page } from 'puppeteer';
import type { ExtensionBrowser } from '../harness/browser';
import { selectors } from '../harness/contract';
import { sendToBackground } from './sync-panel.page';

/**
 * The popup and the side panel as the inbox tests read them (contracts: the popup's root carries
 * data-inboxlink-status when it shows one tab's mailbox, opened as popup.html?tab=<id>; the side
 * panel lists [data-testid="mailbox-row"][data-address][data-inboxlink-status]), the UI language,
 * and axe-core's verdict on a page.
 */

/** The popup for `tabId`, once it shows that tab's mailbox status. */
export async function openPopupForTab(eb: ExtensionBrowser, tabId: number): Promise<{ page: Page; status: string | null }> {
  const page = await eb.openExtensionPage('popup', `tab=${tabId}`);
  const root = await page.waitForSelector(`${selectors.pageRoot('popup')}[data-inboxlink-status]`, { timeout: 10_000 }).catch(() => null);
  const status = root ? await root.evaluate((el) => el.getAttribute('data-inboxlink-status')) : null;
  return { page, status };
}

/** The side panel, once it lists `address`; returns the row's status. */
export async function openSidePanelRow(eb: ExtensionBrowser, address: string): Promise<{ page: Page; status: string | null; text: string }> {
  const page = await eb.openExtensionPage('sidepanel');
  const row = await page.waitForSelector(`${selectors.mailboxRow(address)}[data-inboxlink-status]`, { timeout: 10_000 });
  const status = (await row?.evaluate((el) => el.getAttribute('data-inboxlink-status'))) ?? null;
  const text = (await row?.evaluate((el) => el.textContent ?? '')) ?? '';
  return { page, status, text };
}

/** The UI language for every page and the chip, as the options page's language setting saves it. */
export async function setUiLocale(control: Page, locale: 'en' | 'sv' | 'de' | 'nl' | 'pl'): Promise<void> {
  const reply = (await sendToBackground(control, 'settings/set', { locale })) as { ok?: boolean };
  if (!reply.ok) throw new Error(`settings/set refused: ${JSON.stringify(reply)}`);
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

/** axe-core violations of impact serious or critical on the page (WCAG 2.x A/AA and best practice). */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxePuppeteer(page).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
}

export type ColorScheme = 'light' | 'dark';

/** Makes the page's `prefers-color-scheme` media query match `scheme`, as the system setting does. */
export async function emulateColorScheme(page: Page, scheme: ColorScheme): Promise<void> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
}

export interface Palette {
  background: string;
  text: string;
  /** Relative luminance of the body's background (0 black … 1 white), WCAG's formula. */
  backgroundLuminance: number;
}

/** The colours the page's body is painted with under the current emulation. */
export async function bodyPalette(page: Page): Promise<Palette> {
  const { background, text } = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });
  return { background, text, backgroundLuminance: luminance(background) };
}

function luminance(cssColor: string): number {
  const channels = cssColor.match(/[\d.]+/g)?.slice(0, 3).map(Number);
  if (!channels || channels.length < 3) throw new Error(`not an rgb() colour: ${cssColor}`);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
