// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://inboxlinktest/support.html?address=ida%40example.com"}
/**
 * The support page starts a mailbox's history read before it mounts (readMailboxHistoryEarly);
 * the view takes that read. A change to the store in between must not leave the view stale.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readMailboxHistoryEarly, useMailboxHistory } from '../../components/history/use-mailbox-history';
import type { HistoryEvent } from '../../lib/model';
import { subscribe } from '../../lib/store/changes';
import { repo } from '../../lib/store/repo';

const ADDRESS = 'ida@example.com';

const event = (day: number): HistoryEvent => ({
  id: `google-token-audit:test:${day}`, source: 'google-token-audit', address: ADDRESS, at: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  kind: 'activity', client: 'client', result: 'success', detail: { product: 'GMAIL' }, where: 'admin.googleapis.com', syncedAt: '2026-11-30T10:00:00.000Z',
});

function Probe() {
  const { history } = useMailboxHistory(ADDRESS);
  return <p data-testid="probe" data-events={history ? history.events.map((e) => e.id).join(' ') : 'loading'} />;
}

/** Resolves once the store has announced a change to historyEvents (after the earlier listeners ran). */
const nextChange = () => new Promise<void>((resolve) => {
  const stop = subscribe(['historyEvents'], () => {
    stop();
    resolve();
  });
});

afterEach(async () => {
  cleanup();
  await repo.clearByPolicy('sign-out');
  await repo.remove('historyEvents', event(1).id);
  await repo.remove('historyEvents', event(2).id);
});

describe('readMailboxHistoryEarly', () => {
  it('the view shows the read started before it mounted', async () => {
    await repo.putMany('historyEvents', [event(1)]);
    readMailboxHistoryEarly(ADDRESS);
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('probe').dataset.events).toBe(event(1).id));
  });

  it('a change between the early read and the view is read again', async () => {
    await repo.putMany('historyEvents', [event(1)]);
    readMailboxHistoryEarly(ADDRESS);
    const changed = nextChange();
    await repo.putMany('historyEvents', [event(2)]);
    await changed;
    render(<Probe />);
    await waitFor(() => expect(screen.getByTestId('probe').dataset.events).toBe(`${event(2).id} ${event(1).id}`));
  });
});
