import type { Page, WebWorker } from 'puppeteer';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import type { Observation } from '../../lib/model';
import { readObservations } from './observations.page';
import { demoScenario } from './plan-flow.page';

/**
 * The partner employee domain as a user drives it: HubSpot's settings pages (the guide reads them),
 * the Partner view (components/partner, in the side panel and the options), the popup's count.
 */

const ui = { timeout: 20_000 };

export const partnerSelectors = {
  view: '[data-testid="partner-view"][data-account="partner"]',
  current: (seen: boolean) => `[data-testid="partner-current"][data-seen="${seen}"]`,
  domain: '[data-testid="partner-domain"]',
  openAutomation: '[data-testid="partner-open-automation"]',
  problem: (problem: string) => `[data-testid="partner-problem"][data-problem="${problem}"]`,
  accountFindings: (count: number) => `[data-testid="account-findings"][data-count="${count}"]`,
  finding: (code: string) => `[data-testid="account-findings"] [data-testid="finding"][data-code="${code}"]`,
  suggestion: (domain: string) => `[data-testid="partner-suggestion"][data-domain="${domain}"]`,
  clientAccess: '[data-testid="client-access"]',
  clientAccessRow: '[data-testid="client-access-row"]',
  download: '[data-testid="client-access-download"]',
  whoCan: '[data-testid="partner-who-can"]',
  start: (domain: string) => `[data-testid="partner-change-start"][data-domain="${domain}"]`,
  anyStart: '[data-testid="partner-change-start"]',
  plan: (status: string) => `[data-testid="partner-plan"][data-status="${status}"]`,
  stepLink: '[data-testid="partner-plan"] [data-testid="plan-step-link"]',
  completedBy: '[data-testid="partner-plan"] [data-testid="plan-step-completed-by"]',
  auditEntry: '[data-testid="partner-audit-entry"]',
  popupCount: (count: number) => `[data-testid="partner-findings-count"][data-count="${count}"]`,
} as const;

/** The demo agency in `language`, its employee domain set to `domain`, seen by the user `signedIn`. */
export function partnerWorld(language: Language, domain: string | null, signedIn = '51200101'): Scenario {
  const scenario = demoScenario();
  scenario.portal.language = language;
  scenario.portal.partner = { ...scenario.portal.partner, isPartner: true, employeeEmailDomain: domain };
  scenario.signedIn = { ...scenario.signedIn, hubspotUserId: signedIn };
  return scenario;
}

export const settingsUrl = (scenario: Scenario, page: string): string =>
  `https://${scenario.portal.uiHost ?? 'app.hubspot.com'}/settings/${scenario.portal.id}/${page}`;

export const automationUrl = (scenario: Scenario): string => settingsUrl(scenario, 'partner/automation');

/** Active users of the world who are not on `domain`: who the Client Access Manager list must name. */
export function outsideDomain(scenario: Scenario, domain: string): string[] {
  return scenario.users
    .filter((u) => (u.status ?? 'active') === 'active' && !u.email.toLowerCase().endsWith(`@${domain}`))
    .map((u) => u.email.toLowerCase())
    .sort();
}

/** Waits until the guide stored a `kind` reading about the portal, newer than `since`, with `wanted` values. */
export async function waitForPartnerReading(
  worker: () => Promise<WebWorker>,
  portalId: number,
  kind: 'partner-domain' | 'partner-section',
  since: string,
  wanted: Record<string, unknown>,
  timeoutMs = 20_000,
): Promise<Observation> {
  const deadline = Date.now() + timeoutMs;
  let seen: Observation | undefined;
  for (;;) {
    seen = (await readObservations(await worker()))
      .filter((o) => o.kind === kind && o.address === `partner:${portalId}` && o.observedAt >= since)
      .sort((a, b) => b.observedAt.localeCompare(a.observedAt))[0];
    if (seen && Object.entries(wanted).every(([key, value]) => seen?.value[key] === value)) return seen;
    if (Date.now() > deadline) throw new Error(`no ${kind} reading with ${JSON.stringify(wanted)}; newest: ${JSON.stringify(seen ?? null)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The texts of the elements matching `selector`. */
export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((el) => (el.textContent ?? '').trim()));
}

export async function waitShown(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, ui).catch(async (error: unknown) => {
    const body = await page.evaluate(() => document.body.innerText).catch(() => '');
    throw new Error(`never shown: ${selector}\n--- the page shows:\n${body.slice(0, 3000)}`, { cause: error });
  });
}
