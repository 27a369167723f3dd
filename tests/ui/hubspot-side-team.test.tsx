// @vitest-environment happy-dom
/**
 * HubSpot's side of a team inbox reads the channel as the status does (lib/status/team-side): a
 * Channels page seen after the last sync that no longer lists the address (a tokenless unlink
 * plan's evidence) makes the side say so, with where and when it was seen, and no longer
 * "Active · Authorized" from the older sync next to a "Not linked" status.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HubSpotSide } from '../../components/shared/HubSpotSide';
import type { MailboxDetail } from '../../components/shared/mailbox-detail';
import { createTranslator } from '../../lib/i18n';
import '../../lib/i18n/all-locales';

const en = createTranslator('en');
const de = createTranslator('de');
import type { ChannelAccount, Mailbox, Observation } from '../../lib/model';
import { verdictOf } from '../../lib/status/mailbox-facts';
import { renderIn } from './render';

const TEAM = 'support@nordlicht.example';
const INBOX = '147001';
const SYNCED = '2026-12-01T09:00:00.000Z';
const NOW = Date.parse('2026-12-02T10:00:00.000Z');

const account: ChannelAccount = {
  id: '908100', channelId: '1002', inboxId: INBOX, name: 'Support', address: TEAM, active: true, authorized: true,
  archived: false, createdAt: '2026-01-01T00:00:00.000Z', syncedAt: SYNCED,
};
const mailbox: Mailbox = { address: TEAM, provider: 'google', kind: 'team', firstSeenAt: SYNCED, updatedAt: SYNCED };
const channelsPage = (listed: boolean, observedAt: string): Observation => ({
  kind: 'crm-team-channel', address: TEAM, host: 'app.hubspot.com', path: `/live-messages-settings/1/inboxes/${INBOX}/channels`,
  value: { inboxId: INBOX, archived: !listed }, observedAt,
});

function renderSide(observations: Observation[], locale: 'en' | 'de' = 'en'): HTMLElement {
  const facts = { mailbox, observations, channelAccounts: [account], grants: [] };
  const detail: MailboxDetail = { address: TEAM, facts, verdict: verdictOf(facts), findings: [] };
  renderIn(<HubSpotSide detail={detail} now={NOW} />, locale);
  return screen.getByTestId('hubspot-side');
}

afterEach(cleanup);

describe('HubSpot side of a team inbox', () => {
  it('as synced: active and authorized, from the API', () => {
    const side = renderSide([]);
    expect(side.querySelector('[data-state]')?.getAttribute('data-state')).toBe('active');
    expect(side.querySelector('[data-source]')?.getAttribute('data-source')).toBe('api');
    expect(side.textContent).toContain(en('ui.crm.team.active'));
    expect(side.textContent).not.toContain(en('ui.crm.team.notListedOnPage'));
  });

  it('a newer Channels page without the address: says so and when, never "active" or "authorized"', () => {
    const side = renderSide([channelsPage(false, '2026-12-02T09:59:00.000Z')]);
    expect(side.querySelector('[data-state]')?.getAttribute('data-state')).toBe('archived');
    expect(side.querySelector('[data-source]')?.getAttribute('data-source')).toBe('observed');
    expect(side.textContent).toContain(en('ui.crm.team.notListedOnPage'));
    expect(side.textContent).toContain(en('ui.crm.team.observedOnPage', { age: '1 minute ago' }));
    expect(side.textContent).not.toContain(en('ui.crm.team.active'));
    expect(side.textContent).not.toContain(en('ui.crm.team.authorized'));
  });

  it('an older Channels page does not override the newer sync', () => {
    const side = renderSide([channelsPage(false, '2026-11-30T09:00:00.000Z')]);
    expect(side.querySelector('[data-state]')?.getAttribute('data-state')).toBe('active');
    expect(side.textContent).not.toContain(en('ui.crm.team.notListedOnPage'));
  });

  it('speaks the user’s language', () => {
    const side = renderSide([channelsPage(false, '2026-12-02T09:59:00.000Z')], 'de');
    expect(side.textContent).toContain(de('ui.crm.team.notListedOnPage'));
  });
});
