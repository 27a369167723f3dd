/**
 * The side panel's findings follow the world: a Workspace mailbox HubSpot shows disabled while
 * Google still grants HubSpot access is `half-unlinked` (title and fix in words, not the code);
 * once the plan has removed the inbox and revoked the grant, the status says "not linked" and the
 * finding is gone — the background re-derives the findings store from the changed grant.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../lib/i18n';
import '../lib/i18n/all-locales';
import { useExtensionBrowser } from './harness/fixture';
import { confirmInDialog } from './pages/confirm-dialog.page';
import { waitForNewest } from './pages/observations.page';
import { connectHubSpotAndGoogle } from './pages/plan-resume.page';
import { connectedEmailsUrl, HUBSPOT_STEPS, openPlanPanel, planSelectors, startPlan, waitForStep, worldOfInboxOwner } from './pages/plan-flow.page';

const ui = { timeout: 20_000 };
const ADDRESS = 'hannah.schmidt@nordlicht.example';
const REVOKE = 'revoke-google-workspace/revoke';
const detail = `[data-testid="mailbox-detail"][data-address="${ADDRESS}"]`;
const finding = (code: string) => `${detail} [data-testid="finding"][data-code="${code}"]`;

describe('findings in the side panel after an unlink plan', () => {
  const ctx = useExtensionBrowser();

  it('shows half-unlinked in words while the grant is there, and drops it once the grant is revoked', async () => {
    const scenario = worldOfInboxOwner(ADDRESS, 'en');
    expect(scenario.personalInboxes?.find((i) => i.address === ADDRESS)?.state).toBe('disabled');
    await ctx.sandbox.putState(scenario); // first: PUT /state forgets Google sign-ins
    await connectHubSpotAndGoogle(ctx.eb);

    // The visit to Connected emails is how the extension learns of the disabled inbox.
    const url = connectedEmailsUrl(scenario);
    const since = new Date().toISOString();
    const hubspot = await ctx.eb.newPage(url);
    await waitForNewest(() => ctx.eb.worker(), { kind: 'crm-personal-inbox', address: ADDRESS, host: new URL(url).hostname, since }, { state: 'disabled' });
    await hubspot.close();

    const panel = await openPlanPanel(ctx.eb, ADDRESS);
    await panel.waitForSelector(finding('half-unlinked'), ui);
    expect(await panel.$eval(`${finding('half-unlinked')} [data-testid="finding-title"]`, (el) => el.textContent)).toBe(createTranslator('en')('finding.half-unlinked.title'));
    expect(await panel.$eval(`${finding('half-unlinked')} [data-testid="finding-fix"]`, (el) => el.textContent)).toBe(createTranslator('en')('finding.half-unlinked.fix'));

    await startPlan(panel);
    await (await panel.waitForSelector(planSelectors.stepConfirm(HUBSPOT_STEPS.remove), ui))?.click();
    await waitForStep(panel, REVOKE, 'active');
    await (await panel.waitForSelector(`${planSelectors.step(REVOKE)} [data-testid="plan-step-run"]`, ui))?.click();
    await confirmInDialog(panel);
    await waitForStep(panel, REVOKE, 'done');

    await panel.waitForSelector(`${detail}[data-inboxlink-status="not-linked"]`, ui);
    await panel.waitForSelector(`${detail} [data-testid="detail-findings"][data-count="0"]`, ui);
    expect(await panel.$$(`${detail} [data-testid="finding"]`)).toHaveLength(0);
    await ctx.eb.screenshot(panel, 'findings-cleared');
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
  });
});
