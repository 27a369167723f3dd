/**
 * A page load that shows what the last one showed (same kind, address, host, path and value,
 * within an hour) touches the stored observation's time instead of adding a record; and because
 * the time moves, a guided step that became current after the earlier sighting still completes
 * when the page shows its outcome again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observationReport } from '../../lib/background/handlers/observation-report';
import { observationSnapshot } from '../../lib/background/handlers/observation-snapshot';
import { backgroundPlanRunner } from '../../lib/background/handlers/plans/runner';
import { rememberUserAction } from '../../lib/background/user-actions';
import type { ObservationKind } from '../../lib/model';
import { readPlanInputs } from '../../lib/plans';
import { createStoreAccess } from '../../lib/store/access';
import { repo } from '../../lib/store/repo';
import { clearPlans } from './plan-world';

const ADDRESS = 'anna@example.com';
const HUBSPOT_PATH = '/settings/4480123/user-preferences/email';
const GOOGLE_PATH = '/connections';
const T0 = Date.parse('2026-11-22T08:00:00.000Z');
const at = (minutes: number) => vi.setSystemTime(T0 + minutes * 60_000);
const sender = (host: string, path: string) => ({ sender: { kind: 'content' as const, tabId: 4, host, url: `https://${host}${path}` } });
const hubspot = sender('app.hubspot.com', HUBSPOT_PATH);
const google = sender('myaccount.google.com', GOOGLE_PATH);
const stored = async (kind: ObservationKind) => (await repo.getAllByIndex('observations', 'address', ADDRESS)).filter((o) => o.kind === kind);
const reportInbox = (state: string, path = HUBSPOT_PATH) =>
  observationReport({ kind: 'crm-personal-inbox', address: ADDRESS, path, value: { state } }, path === HUBSPOT_PATH ? hubspot : sender('app.hubspot.com', path));

beforeEach(() => {
  // Only Date: fake-indexeddb schedules its work with real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  at(0);
});
afterEach(async () => {
  vi.useRealTimers();
  await repo.clearByPolicy('sign-out');
  await clearPlans();
});

describe('a repeated observation', () => {
  it('from a report touches the last record’s time instead of adding one', async () => {
    await reportInbox('connected');
    at(10);
    await reportInbox('connected');
    const records = await stored('crm-personal-inbox');
    expect(records).toHaveLength(1);
    expect(records[0]?.observedAt).toBe(new Date(T0 + 10 * 60_000).toISOString());
  });

  it('is a new record when the value, the path or the hour differs', async () => {
    await reportInbox('connected');
    at(1);
    await reportInbox('disabled');
    at(2);
    await reportInbox('disabled', '/settings/4480123/user-preferences/email/other');
    at(2 + 61);
    await reportInbox('disabled', '/settings/4480123/user-preferences/email/other');
    expect((await stored('crm-personal-inbox')).map((o) => [o.value.state, o.path])).toEqual([
      ['connected', HUBSPOT_PATH],
      ['disabled', HUBSPOT_PATH],
      ['disabled', '/settings/4480123/user-preferences/email/other'],
      ['disabled', '/settings/4480123/user-preferences/email/other'],
    ]);
  });

  it('does not repeat an older sighting when something else was seen since', async () => {
    await reportInbox('connected');
    at(1);
    await reportInbox('disabled');
    at(2);
    await reportInbox('connected');
    expect((await stored('crm-personal-inbox')).map((o) => o.value.state)).toEqual(['connected', 'disabled', 'connected']);
  });

  it('from a snapshot touches the listed rows’ records instead of adding them', async () => {
    const scope = 'portal:4480123:user:anna';
    const snapshot = { kind: 'crm-personal-inbox' as const, path: HUBSPOT_PATH, scope, items: [{ address: ADDRESS, value: { state: 'connected', error: null } }], listing: 'complete' as const };
    expect(await observationSnapshot(snapshot, hubspot)).toEqual({ stored: 1, gone: 0, unproven: 0 });
    at(5);
    expect(await observationSnapshot(snapshot, hubspot)).toEqual({ stored: 1, gone: 0, unproven: 0 });
    const records = await stored('crm-personal-inbox');
    expect(records).toHaveLength(1);
    expect(records[0]?.observedAt).toBe(new Date(T0 + 5 * 60_000).toISOString());
  });
});

describe('a repeated observation and a running plan', () => {
  const REVOKE = 'revoke-google-consumer/remove-access';
  const runner = () => backgroundPlanRunner();
  const stepOf = async (planId: string, stepId: string) => (await runner().getPlan(planId))?.steps.find((s) => s.id === stepId);

  /** Google's connections page without HubSpot, as the guide reports it (report or snapshot). */
  const showGoogleWithoutHubSpot = {
    report: () => observationReport({ kind: 'provider-grant', address: ADDRESS, path: GOOGLE_PATH, value: { present: false, app: 'HubSpot' } }, google),
    snapshot: () =>
      observationSnapshot({ kind: 'provider-grant', path: GOOGLE_PATH, scope: `account:${ADDRESS}`, items: [{ address: ADDRESS, value: { present: false, app: 'HubSpot' } }], listing: 'complete' }, google),
  };
  /** The user removed HubSpot on Google's page in the guide's tab (what makes the page's word count). */
  const removeOnGooglesPage = () => rememberUserAction(4, { kind: 'provider-grant', address: ADDRESS, host: 'myaccount.google.com', at: new Date().toISOString() });

  it.each(['report', 'snapshot'] as const)('completes a step activated after the earlier identical sighting (%s)', async (via) => {
    await repo.upsertMailbox({ address: ADDRESS, provider: 'google', kind: 'personal', portalId: 4480123 });
    await repo.addObservation({ kind: 'crm-personal-inbox', address: ADDRESS, host: 'app.hubspot.com', path: HUBSPOT_PATH, value: { state: 'connected' }, observedAt: new Date(T0 - 60_000).toISOString() });
    const inputs = await readPlanInputs(createStoreAccess(), ADDRESS);
    const plan = await runner().startPlan({ facts: inputs.facts, capabilities: inputs.capabilities, portal: inputs.portal! });
    expect((await stepOf(plan.id, REVOKE))?.state).toBe('pending');

    // The user removes HubSpot at Google first: seen while HubSpot's steps are still current.
    await removeOnGooglesPage();
    at(1);
    await showGoogleWithoutHubSpot[via]();
    at(2);
    await runner().advance(plan.id, { type: 'confirmed', stepId: 'disconnect-personal-inbox/disable' });
    at(3);
    await runner().advance(plan.id, { type: 'confirmed', stepId: 'disconnect-personal-inbox/remove' });
    // Activated now: the sighting from minute 1 is older than the step and does not count.
    expect(await stepOf(plan.id, REVOKE)).toMatchObject({ state: 'active', activatedAt: new Date(T0 + 3 * 60_000).toISOString() });

    // The page, reloaded, shows the same thing: one record, its time now, and the step done.
    at(4);
    await showGoogleWithoutHubSpot[via]();
    const grants = await stored('provider-grant');
    expect(grants).toHaveLength(1);
    expect(grants[0]?.observedAt).toBe(new Date(T0 + 4 * 60_000).toISOString());
    expect(await stepOf(plan.id, REVOKE)).toMatchObject({ state: 'done', completedBy: 'observed' });
  });
});
