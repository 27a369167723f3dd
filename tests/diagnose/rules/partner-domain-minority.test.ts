import { describe, expect, it } from 'vitest';
import { partnerDomainMinority } from '../../../lib/diagnose/rules/partner-domain-minority';
import { automation, NOW, partnerWorld, SUBJECT, team } from '../partner-fixtures';

describe('partner-domain-minority', () => {
  it('a domain nobody uses while the team is on another company domain: a warning naming the suggestion', () => {
    const [finding] = partnerDomainMinority.run(partnerWorld([automation('alte-agentur.de')], [...team('agentur.de', 3), ...team('web.de', 1)]), NOW);
    expect(finding).toMatchObject({ subject: SUBJECT, severity: 'warning', planFlow: 'change-partner-domain' });
    expect(finding?.evidence.slice(1)).toEqual(['domain-users:agentur.de=3:web.de=1', 'suggested-domain:agentur.de']);
  });

  it('silent for the most used domain, for half, and when the rest are on shared domains', () => {
    expect(partnerDomainMinority.run(partnerWorld([automation('agentur.de')], [...team('agentur.de', 3), ...team('filiale.de', 2)]), NOW)).toEqual([]);
    expect(partnerDomainMinority.run(partnerWorld([automation('agentur.de')], [...team('agentur.de', 2), ...team('filiale.de', 2)]), NOW)).toEqual([]);
    expect(partnerDomainMinority.run(partnerWorld([automation('agentur.de')], [...team('agentur.de', 1), ...team('gmx.de', 5)]), NOW)).toEqual([]);
  });
});
