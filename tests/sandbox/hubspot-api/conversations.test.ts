import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, newWorld } from './helpers';

const ACCOUNTS = '/conversations/v3/conversations/channel-accounts';
const ACCOUNT = '/conversations/v3/conversations/channel-accounts/{channelAccountId}';
const ids = (results: { id: string }[]) => results.map((item) => item.id);

describe('conversations', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T10:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('serves team channels as email channel accounts', async () => {
    const answer = await api(newWorld(), 'GET', ACCOUNT, { params: { channelAccountId: 880002 } });
    expect(answer.body).toMatchObject({
      id: '880002',
      channelId: '1002',
      inboxId: '147002',
      name: 'sales@acme.example',
      active: true,
      authorized: false,
      archived: false,
      deliveryIdentifier: { type: 'HS_EMAIL_ADDRESS', value: 'sales@acme.example' },
    });
  });

  it('archived channel accounts appear only with archived=true, and only there', async () => {
    const world = newWorld();
    const live = await api(world, 'GET', ACCOUNTS);
    const archived = await api(world, 'GET', ACCOUNTS, { params: { archived: true } });
    expect(ids(live.body.results)).toEqual(['880001', '880002', '880004']);
    expect(ids(archived.body.results)).toEqual(['880003']);
    expect(archived.body.results[0].archivedAt).toBeDefined();
    expect((await api(world, 'GET', ACCOUNT, { params: { channelAccountId: 880003 } })).status).toBe(404);
  });

  it('a channel archived in the scenario moves to the archived list with archivedAt', async () => {
    const world = newWorld();
    await api(world, 'GET', ACCOUNTS);
    const channel = world.scenario.teamChannels?.find((candidate) => candidate.id === '880001');
    if (channel) channel.archived = true;
    vi.setSystemTime(new Date('2026-03-10T10:20:00.000Z'));
    const archived = await api(world, 'GET', ACCOUNTS, { params: { archived: true } });
    expect(archived.body.results.find((account: { id: string }) => account.id === '880001')).toMatchObject({
      archived: true,
      archivedAt: '2026-03-10T10:20:00.000Z',
      createdAt: '2025-05-01T08:00:00.000Z',
    });
  });

  it('filters by repeated channelId and inboxId, and reports the total across pages', async () => {
    const world = newWorld();
    const inSupport = await api(world, 'GET', ACCOUNTS, { params: { channelId: [1002], inboxId: [147001] } });
    expect(ids(inSupport.body.results)).toEqual(['880001']);
    const both = await api(world, 'GET', ACCOUNTS, { params: { inboxId: [147001, 147002] } });
    expect(both.body.total).toBe(3);
    const chatOnly = await api(world, 'GET', ACCOUNTS, { params: { channelId: [1000] } });
    expect(chatOnly.body).toMatchObject({ total: 0, results: [] });
    const firstPage = await api(world, 'GET', ACCOUNTS, { params: { limit: 2 } });
    expect(firstPage.body.total).toBe(3);
    expect(firstPage.body.results).toHaveLength(2);
    const secondPage = await api(world, 'GET', ACCOUNTS, { params: { limit: 2, after: firstPage.body.paging.next.after } });
    expect(ids(secondPage.body.results)).toEqual(['880004']);
    expect(secondPage.body.paging).toBeUndefined();
  });

  it('lists live inboxes by default and archived ones with archived=true', async () => {
    const world = newWorld();
    const live = await api(world, 'GET', '/conversations/v3/conversations/inboxes');
    const archived = await api(world, 'GET', '/conversations/v3/conversations/inboxes', { params: { archived: true } });
    expect(ids(live.body.results)).toEqual(['147001', '147002']);
    expect(live.body.results[0].type).toBe('HELP_DESK');
    expect(ids(archived.body.results)).toEqual(['147003']);
  });

  it('names the documented channels', async () => {
    const channels = await api(newWorld(), 'GET', '/conversations/v3/conversations/channels');
    expect(ids(channels.body.results)).toEqual(['1000', '1001', '1002']);
    expect(channels.body.total).toBe(3);
  });
});
