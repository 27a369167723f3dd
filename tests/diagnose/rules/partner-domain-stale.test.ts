import { describe, expect, it } from 'vitest';
import { partnerDomainStale } from '../../../lib/diagnose/rules/partner-domain-stale';
import { automation, NOW, partnerWorld, SUBJECT, team } from '../partner-fixtures';

describe('partner-domain-stale', () => {
  it('a reading 52 days old: info, with its age', () => {
    const [finding] = partnerDomainStale.run(partnerWorld([automation('agentur.de', '2026-10-01T09:00:00.000Z')], team('agentur.de', 2)), NOW);
    expect(finding).toMatchObject({ subject: SUBJECT, severity: 'info' });
    expect(finding?.planFlow).toBeUndefined();
    expect(finding?.evidence.at(-1)).toBe('age-days:52');
  });

  it('silent at 30 days and once the page was seen again', () => {
    expect(partnerDomainStale.run(partnerWorld([automation('agentur.de', '2026-10-23T12:00:00.000Z')], team('agentur.de', 2)), NOW)).toEqual([]);
    const again = [automation('agentur.de', '2026-10-01T09:00:00.000Z'), automation('agentur.de')];
    expect(partnerDomainStale.run(partnerWorld(again, team('agentur.de', 2)), NOW)).toEqual([]);
  });
});
