/**
 * Enterprise policy in Chromium from a real policy file (/etc/chromium/policies/managed/*.json,
 * mounted for this Chromium alone: harness/chromium-policy.ts), the way IT pushes it: "3rdparty" →
 * "extensions" → our id. The organisation locks the sync interval at 60 minutes, allows guided
 * unlinking only, and sets one value Inboxlink cannot use (Chrome passes it: it is a string).
 */
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import { connectHubSpotAndGoogle, seedDisabledMailbox } from './pages/plan-resume.page';
import { shownSteps, startPlan, openPlanPanel } from './pages/plan-flow.page';
import { sendToBackground } from './pages/sync-panel.page';

const ctx = useExtensionBrowser({ policy: { syncIntervalMinutes: 60, allowApiRevoke: false, microsoftClientId: 'not-an-application-id' } });
const ui = { timeout: 15_000 };
const SYNC_ALARM = 'inboxlink:sync';

async function syncAlarmPeriod(): Promise<number | undefined> {
  const worker = await ctx.eb.worker();
  return worker.evaluate(async (name: string) => {
    const alarms = (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } } }).chrome.alarms;
    return (await alarms.get(name))?.periodInMinutes;
  }, SYNC_ALARM);
}

/** The sync alarm's period once it is `wanted`, or the last seen after a bounded wait. */
async function waitForAlarmPeriod(wanted: number): Promise<number | undefined> {
  const deadline = Date.now() + ui.timeout;
  let period = await syncAlarmPeriod();
  while (period !== wanted && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    period = await syncAlarmPeriod();
  }
  return period;
}

describe('policy from a Chromium policy file', () => {
  it('locks the sync interval: the options show it set by the organisation, the alarm runs at it, a change is refused', async () => {
    const options = await ctx.eb.openExtensionPage('options');
    const select = await options.waitForSelector('select[name="sync-interval"]:disabled', ui);
    expect(await select?.evaluate((el) => (el as HTMLSelectElement).value)).toBe('60');
    expect(await options.$eval('[data-testid="policy-value"][data-key="syncIntervalMinutes"]', (el) => el.textContent)).toContain('60');
    // The background applies the policy at its start (after its first answer): the alarm follows.
    expect(await waitForAlarmPeriod(60)).toBe(60);
    // The page cannot change it, and neither can a message that tries.
    expect(await sendToBackground(options, 'options/sync-interval', { minutes: 15 })).toEqual({ ok: true, data: { saved: false } });
    expect(await syncAlarmPeriod()).toBe(60);
    await ctx.eb.screenshot(options, 'options-with-policy');
    await options.close();
  });

  it('shows a value it ignores, naming it, and the rest of the page works', async () => {
    const options = await ctx.eb.openExtensionPage('options');
    const note = await options.waitForSelector('[data-testid="policy-ignored"][data-key="microsoftClientId"]', ui);
    expect(await note?.evaluate((el) => el.textContent)).toContain('microsoftClientId');
    expect(await options.$('[data-testid="policy-value"][data-key="microsoftClientId"]')).toBeNull();
    expect(ctx.eb.consoleErrors(options)).toEqual([]);
    await options.close();
  });

  it('hides the API revoke: with a Workspace admin signed in, the plan guides through Google\'s page instead', async () => {
    const address = 'hannah.schmidt@nordlicht.example';
    await connectHubSpotAndGoogle(ctx.eb);
    const options = await ctx.eb.openExtensionPage('options');
    await options.waitForSelector('[data-testid="guided-only"]', ui);
    await options.close();
    await seedDisabledMailbox(await ctx.eb.worker(), address);

    const panel = await openPlanPanel(ctx.eb, address);
    await startPlan(panel);
    const steps = await shownSteps(panel);
    expect(steps.map((step) => step.id)).toContain('revoke-google-consumer/remove-access');
    expect(steps.some((step) => step.kind === 'api')).toBe(false);
    expect(await panel.$('[data-testid="plan-step-run"]')).toBeNull();
    await ctx.eb.screenshot(panel, 'plan-guided-only');
    await panel.close();
  });
});
