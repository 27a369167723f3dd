import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, newWorld } from './helpers';

const ROLES = '/settings/v3/users/roles';
const INTROSPECT = '/oauth/v1/access-tokens/{token}';

describe('authentication, token look-up and account details', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T10:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('says how long ago an expired token expired', async () => {
    const answer = await api(newWorld(), 'GET', ROLES, { token: 'tok-expired' });
    expect(answer.body).toMatchObject({
      category: 'EXPIRED_AUTHENTICATION',
      message: 'The OAuth token used to make this call expired 42 second(s) ago.',
      context: { 'expire time': ['2026-03-10T09:59:18.000Z'] },
    });
  });

  it('expires a token as the sandbox clock passes its expiresAt', async () => {
    const world = newWorld();
    expect((await api(world, 'GET', INTROSPECT, { params: { token: 'tok-full' }, token: null })).body.expires_in).toBe(1800);
    vi.advanceTimersByTime(10 * 60_000);
    expect((await api(world, 'GET', INTROSPECT, { params: { token: 'tok-full' }, token: null })).body.expires_in).toBe(1200);
    vi.advanceTimersByTime(21 * 60_000);
    const expired = await api(world, 'GET', ROLES);
    expect(expired.status).toBe(401);
    expect(expired.body.message).toBe('The OAuth token used to make this call expired 60 second(s) ago.');
  });

  it('describes the token: hub, user, scopes', async () => {
    const world = newWorld();
    const answer = await api(world, 'GET', INTROSPECT, { params: { token: 'tok-granular' }, token: null });
    expect(answer.body).toMatchObject({
      token: 'tok-granular',
      hub_id: 4455667,
      user_id: 1002,
      user: 'ben.sales@acme.example',
      hub_domain: 'acme.example',
      scopes: world.scenario.tokens?.hubspot?.[1]?.scopes,
    });
  });

  it('derives account details from the portal (EU host → eu1)', async () => {
    const answer = await api(newWorld(), 'GET', '/account-info/v3/details');
    expect(answer.body).toMatchObject({
      portalId: 4455667,
      uiDomain: 'app-eu1.hubspot.com',
      dataHostingLocation: 'eu1',
      timeZone: 'Europe/Berlin',
      utcOffset: '+01:00',
      utcOffsetMilliseconds: 3_600_000,
    });
  });

  it('serves a US portal from na1', async () => {
    const world = newWorld((scenario) => {
      scenario.portal.uiHost = 'app.hubspot.com';
      scenario.portal.language = 'en';
    });
    const answer = await api(world, 'GET', '/account-info/v3/details');
    expect(answer.body).toMatchObject({ uiDomain: 'app.hubspot.com', dataHostingLocation: 'na1', utcOffset: '-04:00' });
  });

  it('counts the day’s API calls', async () => {
    const world = newWorld();
    await api(world, 'GET', ROLES);
    await api(world, 'GET', ROLES);
    const usage = await api(world, 'GET', '/account-info/v3/api-usage/daily/private-apps');
    expect(usage.body.results[0]).toMatchObject({ currentUsage: 3, usageLimit: 625_000, resetsAt: '2026-03-10T23:00:00.000Z' });
  });
});
