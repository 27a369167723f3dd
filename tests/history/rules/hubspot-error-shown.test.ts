import { describe, expect, it } from 'vitest';
import { hubspotErrorShown } from '../../../lib/history/rules/hubspot-error-shown';
import { crmRow, mailbox } from '../../diagnose/fixtures';
import { NOW, daysAgo, history } from '../fixtures';

const ADDRESS = 'paula@nordlicht.example';

describe('hubspot-error-shown', () => {
  it('holds for a connected row with HubSpot’s notice, quoting it and dating it', () => {
    const row = crmRow(ADDRESS, 'connected', daysAgo(2), { error: 'Reconnect your inbox' });
    const verdict = hubspotErrorShown.run(history(ADDRESS, { facts: { mailbox: mailbox(ADDRESS, 'microsoft365'), observations: [row] } }), NOW);
    expect(verdict).toMatchObject({ params: { error: 'Reconnect your inbox' }, dates: { date: row.observedAt }, fix: { kind: 'reconnect', provider: 'microsoft365' } });
  });

  it('does not hold for a healthy row, or a disabled one', () => {
    expect(hubspotErrorShown.run(history(ADDRESS, { facts: { observations: [crmRow(ADDRESS, 'connected')] } }), NOW)).toBeUndefined();
    expect(hubspotErrorShown.run(history(ADDRESS, { facts: { observations: [crmRow(ADDRESS, 'disabled', daysAgo(1), { error: 'x' })] } }), NOW)).toBeUndefined();
  });
});
