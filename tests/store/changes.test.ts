import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChangeHub, type ChangeHub } from '../../lib/store/changes';
import type { StoreName } from '../../lib/store/db-types';
import { createRepo } from '../../lib/store/repo';
import { freshRepo, sampleRecords } from './fixtures';

const hubs: ChangeHub[] = [];
const channels: BroadcastChannel[] = [];
afterEach(() => {
  hubs.splice(0).forEach((hub) => hub.close());
  channels.splice(0).forEach((channel) => channel.close());
});

function setup() {
  const env = freshRepo();
  hubs.push(env.changes);
  return env;
}

/**
 * Resolves once every change announced on `hub` before it was delivered: the hub delivers in
 * order (one pending set, one timer), so a marker announced now arrives with or after them.
 */
function drained(hub: ChangeHub, marker: StoreName = 'roles'): Promise<void> {
  const delivered = new Promise<void>((resolve) => {
    const off = hub.subscribe([marker], () => {
      off();
      resolve();
    });
  });
  hub.notifyChanged([marker]);
  return delivered;
}

describe('store change events', () => {
  it('notifies, after commit, exactly the stores a write touched', async () => {
    const { repo, changes } = setup();
    const seen: StoreName[][] = [];
    let countAtEvent = -1;
    changes.subscribe('all', (changed) => {
      seen.push(changed);
      void repo.getAll('mailboxes').then((all) => (countAtEvent = all.length));
    });

    await repo.putMany('mailboxes', [sampleRecords.mailboxes]);
    await vi.waitFor(() => expect(countAtEvent).toBe(1));
    expect(seen).toEqual([['mailboxes']]);
  });

  it('tells a subscriber only about the stores it asked for', async () => {
    const { repo, changes } = setup();
    const plans = vi.fn();
    const mailboxes = vi.fn();
    changes.subscribe(['plans'], plans);
    changes.subscribe(['mailboxes', 'owners'], mailboxes);

    await repo.upsertMailbox({ address: 'ada@example.com' });
    await vi.waitFor(() => expect(mailboxes).toHaveBeenCalledWith(['mailboxes']));
    await drained(changes);
    expect(plans).not.toHaveBeenCalled();
    expect(mailboxes).toHaveBeenCalledTimes(1);
  });

  it('coalesces a burst of notifications into one event per window', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const hub = createChangeHub({ channelName: 'inboxlink-test-burst', coalesceMs: 16 });
      hubs.push(hub);
      const listener = vi.fn();
      hub.subscribe('all', listener);

      for (let page = 0; page < 100; page += 1) {
        hub.notifyChanged(page % 2 === 0 ? ['owners'] : ['owners', 'syncState']);
        await Promise.resolve();
      }
      expect(listener).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(16);
      expect(listener.mock.calls).toEqual([[['owners', 'syncState']]]);

      hub.notifyChanged(['audit']);
      await vi.advanceTimersByTimeAsync(16);
      expect(listener.mock.calls).toEqual([[['owners', 'syncState']], [['audit']]]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns concurrent repo writes into one event', async () => {
    const { repo, factory } = setup();
    const changes = createChangeHub({ channelName: 'inboxlink-test-concurrent', coalesceMs: 200 });
    hubs.push(changes);
    const pageRepo = createRepo({ factory, changes });
    await repo.getAll('owners'); // open the database first, so the writes start together
    const listener = vi.fn();
    changes.subscribe('all', listener);

    await Promise.all(
      Array.from({ length: 20 }, (_, page) =>
        pageRepo.putMany('owners', [{ ...sampleRecords.owners, id: `o${page}` }]),
      ),
    );
    await vi.waitFor(() => expect(listener).toHaveBeenCalled(), { timeout: 1000 });
    expect(listener.mock.calls).toEqual([[['owners']]]);
    expect(await repo.getAll('owners')).toHaveLength(20);
  });

  it('stops calling a listener once it unsubscribes', async () => {
    const { repo, changes } = setup();
    const kept = vi.fn();
    const dropped = vi.fn();
    changes.subscribe('all', kept);
    const unsubscribe = changes.subscribe('all', dropped);
    unsubscribe();

    await repo.setMeta('settings', { locale: 'nl' });
    await vi.waitFor(() => expect(kept).toHaveBeenCalledWith(['meta']));
    expect(dropped).not.toHaveBeenCalled();
  });

  it('announces nothing, and stores nothing, when a write fails', async () => {
    const { repo, changes } = setup();
    const listener = vi.fn();
    changes.subscribe('all', listener);
    await repo.appendAudit({ actor: 'a', action: 'x', subject: 's', result: 'ok' });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));

    // A function cannot be stored: the second put throws and the whole transaction aborts.
    const uncloneable = { ...sampleRecords.owners, id: 'o2', firstName: () => 'x' } as never;
    await expect(repo.putMany('owners', [sampleRecords.owners, uncloneable])).rejects.toThrow();
    await drained(changes);
    // The audit write's event, then the marker alone: nothing was announced for 'owners'.
    expect(listener.mock.calls).toEqual([[['audit']], [['roles']]]);
    expect(await repo.getAll('owners')).toEqual([]);
  });

  it('reaches other contexts through the BroadcastChannel', async () => {
    const channelName = 'inboxlink-test-broadcast';
    const writerHub = createChangeHub({ channelName, coalesceMs: 5 });
    const sidePanelHub = createChangeHub({ channelName });
    hubs.push(writerHub, sidePanelHub);
    const raw = new BroadcastChannel(channelName);
    channels.push(raw);
    const rawMessages: unknown[] = [];
    raw.onmessage = (event: MessageEvent) => rawMessages.push(event.data);
    const sidePanel = vi.fn();
    sidePanelHub.subscribe(['grants'], sidePanel);

    writerHub.notifyChanged(['grants', 'mailboxes']);
    writerHub.notifyChanged(['grants']);
    await vi.waitFor(() => expect(sidePanel).toHaveBeenCalledWith(['grants']));
    await vi.waitFor(() => expect(rawMessages).toEqual([{ type: 'stores-changed', stores: ['mailboxes', 'grants'] }]));
    expect(sidePanel).toHaveBeenCalledTimes(1);
  });

  it('ignores malformed or unknown channel messages', async () => {
    const channelName = 'inboxlink-test-malformed';
    const hub = createChangeHub({ channelName });
    hubs.push(hub);
    const listener = vi.fn();
    hub.subscribe('all', listener);
    const raw = new BroadcastChannel(channelName);
    channels.push(raw);

    raw.postMessage({ type: 'stores-changed', stores: ['nope'] });
    raw.postMessage('mailboxes');
    raw.postMessage({ type: 'other', stores: ['mailboxes'] });
    raw.postMessage({ type: 'stores-changed', stores: ['credentials', 'nope'] });
    // A channel delivers in order: once this last message arrived, every one before it had.
    raw.postMessage({ type: 'stores-changed', stores: ['roles'] });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith(['roles']));
    expect(listener.mock.calls).toEqual([[['credentials']], [['roles']]]);
  });
});
