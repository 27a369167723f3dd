import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../sandbox/core/scenario';
import { ADMIN_SCOPE, HUBSPOT_CLIENT, bearer, googleScenario, newWorld, send, tokenFor } from './fixture';

const REPORTS_SCOPE = 'https://www.googleapis.com/auth/admin.reports.audit.readonly';
const TOKENS = 'https://admin.googleapis.com/admin/reports/v1/activity/users/all/applications/token';

/** acme.example with token events of bob (HubSpot and another app), one of a consumer and one older than 180 days. */
function reportsScenario(extra: Partial<Scenario> = {}): Scenario {
  const base = googleScenario();
  return {
    ...base,
    now: '2026-03-10T10:00:00.000Z',
    providerEvents: [
      { provider: 'google', kind: 'authorize', address: 'bob@acme.example', at: '2026-01-02T09:00:00.000Z', client: HUBSPOT_CLIENT, scopes: ['https://mail.google.com/'] },
      { provider: 'google', kind: 'activity', address: 'bob@acme.example', at: '2026-02-01T09:00:00.000Z', client: HUBSPOT_CLIENT, product: 'GMAIL' },
      { provider: 'google', kind: 'activity', address: 'bob@acme.example', at: '2026-02-02T09:00:00.000Z', app: 'Zoom', product: 'CALENDAR' },
      { provider: 'google', kind: 'revoke', address: 'bob@acme.example', at: '2026-03-03T09:00:00.000Z', client: HUBSPOT_CLIENT },
      { provider: 'google', kind: 'activity', address: 'bob@acme.example', at: '2025-08-01T09:00:00.000Z', client: HUBSPOT_CLIENT },
      { provider: 'google', kind: 'authorize', address: 'carol@gmail.com', at: '2026-02-01T09:00:00.000Z', client: HUBSPOT_CLIENT },
    ],
    ...extra,
  };
}

describe('Admin SDK Reports API, token audit (providers.md §11)', () => {
  it('lists the domain\'s token events newest first, in the Activity shape, within 180 days', async () => {
    const world = newWorld(reportsScenario());
    const token = await tokenFor(world, 'anna@acme.example', [REPORTS_SCOPE]);
    const response = await send(world, TOKENS, bearer(token));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.kind).toBe('admin#reports#activities');
    const names = body.items.map((a: { events: { name: string }[] }) => a.events[0]!.name);
    expect(names).toEqual(['revoke', 'activity', 'activity', 'authorize']);
    const revoke = body.items[0];
    expect(revoke.id).toMatchObject({ time: '2026-03-03T09:00:00.000Z', applicationName: 'token' });
    expect(revoke.actor).toMatchObject({ email: 'bob@acme.example', callerType: 'USER' });
    expect(revoke.events[0].parameters).toContainEqual({ name: 'client_id', value: HUBSPOT_CLIENT });
    const activity = body.items[1].events[0].parameters;
    expect(activity).toContainEqual({ name: 'product_bucket', value: 'CALENDAR' });
  });

  it('filters by client_id and eventName, and pages with nextPageToken', async () => {
    const world = newWorld(reportsScenario());
    const token = await tokenFor(world, 'anna@acme.example', [REPORTS_SCOPE]);
    const first = await (await send(world, `${TOKENS}?filters=client_id==${HUBSPOT_CLIENT}&maxResults=2`, bearer(token))).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextPageToken).toBeTypeOf('string');
    const second = await (await send(world, `${TOKENS}?filters=client_id==${HUBSPOT_CLIENT}&maxResults=2&pageToken=${first.nextPageToken}`, bearer(token))).json();
    expect(second.items.map((a: { events: { name: string }[] }) => a.events[0]!.name)).toEqual(['authorize']);
    expect(second.nextPageToken).toBeUndefined();
    const revokes = await (await send(world, `${TOKENS}?eventName=revoke`, bearer(token))).json();
    expect(revokes.items).toHaveLength(1);
    const none = await (await send(world, `${TOKENS}?startTime=2026-03-04T00:00:00Z`, bearer(token))).json();
    expect(none.items).toBeUndefined();
  });

  it('answers 403 insufficientPermissions without the reports scope', async () => {
    const world = newWorld(reportsScenario());
    const token = await tokenFor(world, 'anna@acme.example', [ADMIN_SCOPE]);
    const response = await send(world, TOKENS, bearer(token));
    expect(response.status).toBe(403);
    expect((await response.json()).error.errors[0].reason).toBe('insufficientPermissions');
  });

  it('answers 401 "not authorized to read activity records" to an admin without the Reports privilege', async () => {
    const world = newWorld(reportsScenario({ directories: { googleWorkspace: [{ domain: 'acme.example', admins: ['anna@acme.example'], auditReaders: ['bob@acme.example'] }] } }));
    const token = await tokenFor(world, 'anna@acme.example', [REPORTS_SCOPE]);
    const response = await send(world, TOKENS, bearer(token));
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.error.message).toBe('Access denied. You are not authorized to read activity records.');
    expect(body.error.errors[0].reason).toBe('authError');
  });

  it('refuses malformed parameters with 400', async () => {
    const world = newWorld(reportsScenario());
    const token = await tokenFor(world, 'anna@acme.example', [REPORTS_SCOPE]);
    for (const query of ['maxResults=0', 'maxResults=5000', 'eventName=login', 'startTime=yesterday', 'filters=client_id', 'startTime=2026-03-05T00:00:00Z&endTime=2026-03-01T00:00:00Z']) {
      expect((await send(world, `${TOKENS}?${query}`, bearer(token))).status, query).toBe(400);
    }
  });
});
