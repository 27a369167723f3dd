import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { createRepo } from '../../lib/store/repo';
import { SYNC_ALARM, ensureSyncAlarms, handleSyncAlarm } from '../../lib/sync/schedule';

beforeEach(() => fakeBrowser.reset());

describe('the background entry points without arguments', () => {
  it('use this context database and run no job and say not-connected without a HubSpot credential', async () => {
    await ensureSyncAlarms();
    expect(await browser.alarms.get(SYNC_ALARM)).toBeDefined();
    const result = await handleSyncAlarm({ name: SYNC_ALARM });
    expect(result).toMatchObject({ ran: true, status: { state: 'not-connected' } });
    expect((await createRepo().getMeta('syncStatus'))?.state).toBe('not-connected');
  });
});
