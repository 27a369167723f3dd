import { describe, expect, it } from 'vitest';
import { partnerDomainShared } from '../../../lib/diagnose/rules/partner-domain-shared';
import { automation, NOW, partnerWorld, sidebar, SUBJECT, team } from '../partner-fixtures';
import { makeSnapshot } from '../../../lib/diagnose/snapshot';
import { user } from '../fixtures';

describe('partner-domain-shared', () => {
  const users = [...team('kancelaria.pl', 4), ...team('gmail.com', 2)];

  it('gmail.com on the Automation page: a warning about the portal, with the reading, the distribution and the suggestion', () => {
    const [finding] = partnerDomainShared.run(partnerWorld([automation('gmail.com')], users), NOW);
    expect(finding).toMatchObject({ code: 'partner-domain-shared', subject: SUBJECT, severity: 'warning', planFlow: 'change-partner-domain' });
    expect(finding?.evidence).toEqual([
      'partner-domain:gmail.com@app.hubspot.com/settings/4480123/partner/automation:2026-11-20T10:00:00.000Z',
      'domain-users:kancelaria.pl=4:gmail.com=2',
      'suggested-domain:kancelaria.pl',
    ]);
  });

  it('regional providers count as shared too', () => {
    for (const domain of ['wp.pl', 'web.de', 'hotmail.se', 'ziggo.nl']) {
      expect(partnerDomainShared.run(partnerWorld([automation(domain)], users), NOW), domain).toHaveLength(1);
    }
  });

  it('silent for a company domain, before the page was seen, when the sidebar since lost its Partner section, and for another portal', () => {
    expect(partnerDomainShared.run(partnerWorld([automation('kancelaria.pl')], users), NOW)).toEqual([]);
    expect(partnerDomainShared.run(partnerWorld([sidebar(true)], users), NOW)).toEqual([]);
    expect(partnerDomainShared.run(partnerWorld([automation('gmail.com'), sidebar(false, '2026-11-21T00:00:00.000Z')], users), NOW)).toEqual([]);
    const otherPortal = makeSnapshot({ observations: [automation('gmail.com')], crmUsers: [user('a@kancelaria.pl')] }, { id: 999, uiHost: 'app.hubspot.com' });
    expect(partnerDomainShared.run(otherPortal, NOW)).toEqual([]);
    expect(partnerDomainShared.run(makeSnapshot({ observations: [automation('gmail.com')] }), NOW)).toEqual([]);
  });

  it('the reading is no address: it never shows up as a mailbox', () => {
    expect([...partnerWorld([automation('gmail.com')], users).byAddress.keys()].some((key) => key.startsWith('partner:'))).toBe(false);
  });
});
