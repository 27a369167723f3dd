import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { plansEn } from '../lib/i18n/locales/plans/en';
import type { Scenario } from '../sandbox/core/scenario';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { LIVE_CONSENT_LABELS } from '../sandbox/hosts/microsoft/live-consent-labels';
import { CONNECTIONS_LABELS } from '../sandbox/hosts/google/connections-labels';
import { clickAndReload, findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import { readObservations, waitForNewest } from './pages/observations.page';
import {
  connectHubSpot, connectedEmailsUrl, followStepLink, HUBSPOT_STEPS, inboxRow, openPlanPanel, planSelectors, startPlan, waitForStep,
} from './pages/plan-flow.page';
import { runApiStep, stepDoneBy } from './pages/plan-team.page';
import { outlineShown, readAudit, readGrants, signInGoogleAdmin, signInMicrosoftAdmin, syncNow, waitForBanner, worldOf } from './pages/trust.page';

/**
 * What the extension believes from pages and names (issue 18), end to end in Chromium against
 * the sandbox: the guide outlines only the step's own row (a look-alike row gets no outline and
 * the banner says why), an observation speaks only for its own provider's page and its own HubSpot
 * portal, a searched list proves nothing, and HubSpot's apps are known by identity, not by name.
 */
const ctx = useExtensionBrowser();
const worker = () => ctx.eb.worker();
const now = () => new Date().toISOString();
const t = labelTables.en;
const refusal = (address: string) => plansEn['plan.guide.refusal.no-row'].replace('{address}', address);

beforeAll(async () => {
  await connectHubSpot(ctx.eb);
}, 120_000);

/** Opens HubSpot's Connected emails for the world's signed-in user and waits until `address` was read there. */
async function seeConnectedEmails(scenario: Scenario, address: string, portal = scenario.portal.id): Promise<void> {
  const since = now();
  const url = connectedEmailsUrl({ ...scenario, portal: { ...scenario.portal, id: portal } });
  const page = await ctx.eb.newPage(url);
  await waitForNewest(worker, { kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', since }, {});
  await page.close();
}

async function planAt(address: string): Promise<Page> {
  const panel = await openPlanPanel(ctx.eb, address);
  await startPlan(panel);
  return panel;
}

describe('the guide outlines only the step\'s own row', () => {
  it('Connected emails: with only a look-alike row listed, nothing is outlined and the banner says why', async () => {
    const KATRIN = 'katrin.sommer@nordlicht.example';
    const LOOK_ALIKE = `team.${KATRIN}`;
    const scenario = worldOf(KATRIN);
    await ctx.sandbox.putState(scenario);
    await seeConnectedEmails(scenario, KATRIN);
    const panel = await planAt(KATRIN);
    await waitForStep(panel, HUBSPOT_STEPS.disable, 'active');

    // The inbox is gone from the list; a look-alike whose address contains it is listed instead.
    const changed = worldOf(KATRIN, (s) => {
      s.personalInboxes = s.personalInboxes?.map((i) => (i.address === KATRIN ? { ...i, state: 'removed' as const } : i));
      s.personalInboxes?.push({ userId: '51200101', address: LOOK_ALIKE, provider: 'google', state: 'connected' });
    });
    await ctx.sandbox.putState(changed);
    const tab = await followStepLink(ctx.eb, panel, HUBSPOT_STEPS.disable);
    await inboxRow(tab.page, LOOK_ALIKE);
    const banner = await waitForBanner(tab.page, refusal(KATRIN));
    expect(banner).toContain(KATRIN);
    expect(await outlineShown(tab.page)).toBe(false);
    expect(tab.scriptErrors()).toEqual([]);
    await ctx.eb.screenshot(tab.page, 'look-alike-connected-emails');
    await Promise.all([tab.page.close(), panel.close()]);
  });

  it('Channels: with only it-support@ listed for support@\'s plan, nothing is outlined and the banner says why', async () => {
    const SUPPORT = 'support@nordlicht.example';
    const LOOK_ALIKE = 'it-support@nordlicht.example';
    await ctx.sandbox.putState(worldOf(SUPPORT));
    const panel = await planAt(SUPPORT);
    await waitForStep(panel, 'delete-team-channel/delete', 'active');
    await ctx.sandbox.putState(worldOf(SUPPORT, (s) => {
      s.teamChannels = s.teamChannels?.map((c) => (c.address === SUPPORT ? { ...c, archived: true } : c));
      s.teamChannels?.unshift({ id: '908199', inboxId: '147001', address: LOOK_ALIKE, name: 'IT Support', provider: 'google' });
    }));
    const tab = await followStepLink(ctx.eb, panel, 'delete-team-channel/delete');
    await inboxRow(tab.page, LOOK_ALIKE);
    await waitForBanner(tab.page, refusal(SUPPORT));
    expect(await outlineShown(tab.page)).toBe(false);
    await ctx.eb.screenshot(tab.page, 'look-alike-channels');
    await Promise.all([tab.page.close(), panel.close()]);
  });
});

describe('an observation speaks only for its own page', () => {
  it('account.live.com without HubSpot (the same address\'s personal Microsoft account) leaves a Google plan\'s step open', async () => {
    const CHIARA = 'chiara.rossi.freelance@gmail.com';
    const REMOVE_ACCESS = 'revoke-google-consumer/remove-access';
    const scenario = worldOf(CHIARA, (s) => {
      s.signedIn = { ...s.signedIn, microsoft: CHIARA, outlook: CHIARA, google: CHIARA };
      s.providerGrants?.push({ address: CHIARA, provider: 'outlook', app: 'HubSpot', scopes: ['Mail.ReadWrite'] });
    });
    await ctx.sandbox.putState(scenario);
    await seeConnectedEmails(scenario, CHIARA);
    const panel = await planAt(CHIARA);
    for (const step of [HUBSPOT_STEPS.disable, HUBSPOT_STEPS.remove]) {
      await (await panel.waitForSelector(planSelectors.stepConfirm(step), { timeout: 20_000 }))?.click();
      await waitForStep(panel, step, 'done');
    }
    await waitForStep(panel, REMOVE_ACCESS, 'active');

    // The user removes HubSpot from the personal Microsoft account of the same address.
    const since = now();
    const live = await ctx.eb.newPage('https://account.live.com/consent/Manage');
    const l = LIVE_CONSENT_LABELS.en;
    await clickAndReload(live, await findByRole(live, 'link', 'HubSpot'));
    await clickAndReload(live, await findByRole(live, 'button', l.edit));
    await clickAndReload(live, await findByRole(live, 'button', l.remove));
    await clickAndReload(live, await findByRole(live, 'button', l.confirm));
    // Proven there (the user removed it on that page): Outlook.com's grant is gone...
    await waitForNewest(worker, { kind: 'provider-grant', address: CHIARA, host: 'account.live.com', since }, { present: false });
    await live.close();

    // ...and Google's step waits for Google's page, which then completes it (and nothing before did).
    const google = await followStepLink(ctx.eb, panel, REMOVE_ACCESS);
    const g = CONNECTIONS_LABELS.en;
    await clickAndReload(google.page, await findByRole(google.page, 'link', 'HubSpot'));
    await clickAndReload(google.page, await findByRole(google.page, 'button', g.removeAccess));
    await clickAndReload(google.page, await findByRole(google.page, 'button', g.confirm));
    expect(await stepDoneBy(panel, REMOVE_ACCESS)).toBe('observed');
    const completed = (await readAudit(await worker())).filter((e) => e.action === 'step.observed' && e.subject === CHIARA && e.detail?.includes(REMOVE_ACCESS));
    expect(completed).toHaveLength(1);
    expect(completed[0]?.detail).toContain('on myaccount.google.com');
    await Promise.all([google.page.close(), panel.close()]);
  });

  it('a second HubSpot portal\'s page showing the inbox disabled changes nothing in the first portal\'s plan', async () => {
    const JOERG = 'joerg.mueller@nordlicht.example';
    const OTHER = 7700001;
    const scenario = worldOf(JOERG);
    await ctx.sandbox.putState(scenario);
    await seeConnectedEmails(scenario, JOERG);
    const panel = await planAt(JOERG);
    await waitForStep(panel, HUBSPOT_STEPS.disable, 'active');

    // An agency's second HubSpot account, where the same inbox is disabled.
    const other = worldOf(JOERG, (s) => {
      s.portal = { ...s.portal, id: OTHER, name: 'Second account' };
      s.personalInboxes = s.personalInboxes?.map((i) => (i.address === JOERG ? { ...i, state: 'disabled' as const } : i));
    });
    await ctx.sandbox.putState(other);
    const since = now();
    const page = await ctx.eb.newPage(connectedEmailsUrl(other));
    await waitForNewest(worker, { kind: 'crm-personal-inbox', address: JOERG, host: 'app.hubspot.com', since }, { state: 'disabled' });
    await page.close();

    // The first portal's own page showing it disabled is what completes the step.
    const first = worldOf(JOERG, (s) => {
      s.personalInboxes = s.personalInboxes?.map((i) => (i.address === JOERG ? { ...i, state: 'disabled' as const } : i));
    });
    await ctx.sandbox.putState(first);
    await seeConnectedEmails(first, JOERG);
    expect(await stepDoneBy(panel, HUBSPOT_STEPS.disable)).toBe('observed');
    const completed = (await readAudit(await worker())).filter((e) => e.action === 'step.observed' && e.subject === JOERG && e.detail?.includes(HUBSPOT_STEPS.disable));
    expect(completed).toHaveLength(1);
    expect(completed[0]?.detail).toContain(`"portalId":${scenario.portal.id}`);
    expect(completed[0]?.detail).not.toContain(String(OTHER));
    await panel.close();
  });

  it('a searched Connected emails list proves nothing: the inbox is not taken as removed, and the step says why', async () => {
    const MALLORY = 'mallory@nordlicht.example';
    const scenario = worldOf(MALLORY, (s) => {
      s.personalInboxes = s.personalInboxes?.map((i) => (i.address === MALLORY ? { ...i, state: 'disabled' as const } : i));
    });
    await ctx.sandbox.putState(scenario);
    await seeConnectedEmails(scenario, MALLORY);
    const panel = await planAt(MALLORY);
    await waitForStep(panel, HUBSPOT_STEPS.remove, 'active');

    const tab = await followStepLink(ctx.eb, panel, HUBSPOT_STEPS.remove);
    // The user presses Remove on the row, thinks better of it, and searches the list instead.
    await (await findByRole(await inboxRow(tab.page, MALLORY), 'button', t.remove)).click();
    await (await findByRole(tab.page, 'button', t.cancel)).click();
    const search = await findByRole(tab.page, 'searchbox', t.searchConnectedEmails);
    await search.type('no-such-inbox');
    // The searched list no longer shows the inbox: the side panel says that proves nothing.
    const note = await panel.waitForSelector(`${planSelectors.step(HUBSPOT_STEPS.remove)} [data-testid="plan-step-unproven"][data-reason="filtered"]`, { timeout: 20_000 });
    expect(await note?.evaluate((el) => (el as HTMLElement).dataset.then)).toBe('confirm');
    expect(await note?.evaluate((el) => el.textContent ?? '')).toContain(plansEn['plan.unproven.then.confirm']);
    await waitForStep(panel, HUBSPOT_STEPS.remove, 'active');
    const observations = await readObservations(await worker());
    expect(observations.filter((o) => o.address === MALLORY && o.value.state === 'removed')).toEqual([]);
    await ctx.eb.screenshot(panel, 'searched-list-proves-nothing');
    await Promise.all([tab.page.close(), panel.close()]);
  });
});

describe('HubSpot\'s apps are known by identity, not by name', () => {
  it('an Entra tenant with a user-registered app named "HubSpot" still finds HubSpot\'s real grants', async () => {
    const scenario = worldOf('oliver.bennett@nordlicht-nordic.example', (s) => {
      const tenant = s.directories?.entraTenants?.[0];
      tenant?.servicePrincipals?.unshift({
        id: 'f0000000-0000-4000-8000-00000000aaaa', appId: 'f0000000-0000-4000-8000-00000000bbbb', displayName: 'HubSpot', appOwnerOrganizationId: tenant.tenantId,
      });
    });
    await ctx.sandbox.putState(scenario);
    await signInMicrosoftAdmin(ctx.eb);
    await syncNow(ctx.eb, ctx.sandbox);
    const present = (await readGrants(await worker())).filter((g) => g.provider === 'microsoft365' && g.state === 'present');
    const expected = (scenario.providerGrants ?? []).filter((g) => g.provider === 'microsoft365').map((g) => g.address).sort();
    expect(present.map((g) => g.address).sort()).toEqual(expected);
    expect(new Set(present.map((g) => `${g.app} ${g.clientId}`))).toEqual(new Set(['HubSpot Sales 7e1a9c44-2b3d-4f5e-8a6b-0c1d2e3f4a5b']));
  });

  it('a Google app named "HubSpot Helper" keeps its token when the plan deletes HubSpot\'s', async () => {
    const GRETA = 'greta.bauer@nordlicht.example';
    const HELPER = '998877665544-hubspothelper0app.apps.googleusercontent.com';
    const scenario = worldOf(GRETA, (s) => {
      // Her inbox is still listed (disabled) in HubSpot: the plan starts with removing it.
      s.personalInboxes = s.personalInboxes?.map((i) => (i.address === GRETA ? { ...i, state: 'disabled' as const } : i));
      s.providerGrants?.push({ address: GRETA, provider: 'google', app: 'HubSpot Helper', clientId: HELPER, scopes: ['https://mail.google.com/'] });
    });
    await ctx.sandbox.putState(scenario);
    await seeConnectedEmails(scenario, GRETA);
    await signInGoogleAdmin(ctx.eb);
    await syncNow(ctx.eb, ctx.sandbox);
    const panel = await planAt(GRETA);
    await (await panel.waitForSelector(planSelectors.stepConfirm(HUBSPOT_STEPS.remove), { timeout: 20_000 }))?.click();
    await waitForStep(panel, HUBSPOT_STEPS.remove, 'done');
    const revoke = 'revoke-google-workspace/revoke';
    await waitForStep(panel, revoke, 'active');
    // The dialog shows the app it removes, by id: HubSpot's, not the look-alike.
    await (await panel.waitForSelector(`${planSelectors.step(revoke)} [data-testid="plan-step-run"]`, { timeout: 20_000 }))?.click();
    const apps = await panel.waitForSelector('[role="dialog"] [data-testid="step-apps"]', { timeout: 20_000 });
    expect(await apps?.$$eval('[data-testid="step-app"]', (items) => items.map((i) => (i as HTMLElement).dataset.appId))).toEqual(['440123456789-hubspotinbox0sales.apps.googleusercontent.com']);
    await (await panel.waitForSelector('[role="dialog"] [data-testid="dialog-back"]'))?.click();
    await runApiStep(panel, revoke);
    expect(await stepDoneBy(panel, revoke)).toBe('api');
    const state = await ctx.sandbox.state();
    expect((state.providerGrants ?? []).filter((g) => g.address === GRETA).map((g) => g.app)).toEqual(['HubSpot Helper']);
    const deletes = (await ctx.sandbox.requests()).filter((r) => r.host === 'admin.googleapis.com' && r.method === 'DELETE');
    expect(deletes.map((r) => decodeURIComponent(r.path.split('/').at(-1) ?? ''))).toEqual(['440123456789-hubspotinbox0sales.apps.googleusercontent.com']);
    await panel.close();
  });
});
