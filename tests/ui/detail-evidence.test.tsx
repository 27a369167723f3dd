// @vitest-environment happy-dom
/**
 * The evidence list's team channel record says what the store knows now: a channel a sync or a
 * plan's API check no longer lists as live reads "No longer in HubSpot", not "Active ·
 * Authorized" from the sync before it was deleted (as HubSpot's side above it says).
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailEvidence } from '../../components/sidepanel/DetailEvidence';
import { en } from '../../lib/i18n/locales/en';
import type { ChannelAccount } from '../../lib/model';
import { renderIn } from './render';

const NOW = Date.parse('2026-12-02T10:00:00.000Z');
const account: ChannelAccount = {
  id: '908100', channelId: '1002', inboxId: '147001', name: 'Nordlicht Support', address: 'support@nordlicht.example',
  active: true, authorized: true, archived: false, createdAt: '2026-01-01T00:00:00.000Z', syncedAt: '2026-12-02T09:00:00.000Z',
};

const recordText = (record: ChannelAccount) => {
  renderIn(<DetailEvidence grants={[]} channelAccounts={[record]} now={NOW} />);
  return screen.getByTestId('channel-record');
};

afterEach(cleanup);

describe('DetailEvidence: team channel records', () => {
  it('a live channel shows the synced fields', () => {
    const record = recordText(account);
    expect(record.dataset.state).toBe('live');
    expect(record.textContent).toContain(`${en['ui.crm.team.active']} · ${en['ui.crm.team.authorized']}`);
  });

  it('a channel no longer listed is not called active or authorized', () => {
    const record = recordText({ ...account, goneAt: '2026-12-02T09:30:00.000Z' });
    expect(record.dataset.state).toBe('gone');
    expect(record.textContent).toContain(en['ui.crm.team.gone']);
    expect(record.textContent).not.toContain(en['ui.crm.team.active']);
    expect(record.textContent).not.toContain(en['ui.crm.team.authorized']);
  });

  it('an archived channel says archived only', () => {
    const record = recordText({ ...account, archived: true });
    expect(record.dataset.state).toBe('archived');
    expect(record.textContent).toContain(en['ui.crm.team.archived']);
    expect(record.textContent).not.toContain(en['ui.crm.team.active']);
  });
});
