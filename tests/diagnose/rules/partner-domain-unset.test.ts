import { describe, expect, it } from 'vitest';
import { partnerDomainUnset } from '../../../lib/diagnose/rules/partner-domain-unset';
import { automation, NOW, partnerWorld, SUBJECT, team } from '../partner-fixtures';

describe('partner-domain-unset', () => {
  it('an empty field: a warning, the empty reading as evidence', () => {
    const [finding] = partnerDomainUnset.run(partnerWorld([automation(null)], team('agentur.de', 3)), NOW);
    expect(finding).toMatchObject({ subject: SUBJECT, severity: 'warning', planFlow: 'change-partner-domain' });
    expect(finding?.evidence[0]).toBe('partner-domain:@app.hubspot.com/settings/4480123/partner/automation:2026-11-20T10:00:00.000Z');
  });

  it('also when everyone is on shared domains (a unique domain must still be set), silent once one is', () => {
    expect(partnerDomainUnset.run(partnerWorld([automation(null)], team('gmx.de', 3)), NOW)).toHaveLength(1);
    expect(partnerDomainUnset.run(partnerWorld([automation(null), automation('agentur.de', '2026-11-21T00:00:00.000Z')], team('agentur.de', 3)), NOW)).toEqual([]);
  });
});
