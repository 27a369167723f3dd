import { describe, expect, it } from 'vitest';
import { assessPartnerDomain } from '../../lib/partner/assess';
import { domainDistribution } from '../../lib/partner/distribution';
import { suggestDomain } from '../../lib/partner/suggestion';
import type { CurrentDomain } from '../../lib/partner/facts';
import { user, usersOn } from './helpers';

const NOW = '2026-12-07T12:00:00.000Z';
const seen = (domain: string | null, at = '2026-12-07T11:00:00.000Z'): CurrentDomain => ({ seen: true, domain, at, where: 'app.hubspot.com/settings/1/partner/automation', editable: true });

describe('the suggested employee domain', () => {
  it('is the non-shared domain most active users are on, shared domains never', () => {
    const users = [...usersOn('gmail.com', 6), ...usersOn('kancelaria.pl', 4), ...usersOn('wykonawca.pl', 2), user('old@kancelaria.pl', { status: 'deactivated' })];
    const distribution = domainDistribution(users);
    expect(distribution.total).toBe(12);
    expect(distribution.domains.map((d) => [d.domain, d.users, d.shared])).toEqual([
      ['gmail.com', 6, true], ['kancelaria.pl', 4, false], ['wykonawca.pl', 2, false],
    ]);
    expect(suggestDomain(distribution, 'gmail.com')).toEqual({ kind: 'domain', domain: 'kancelaria.pl', users: 4 });
  });

  it('with a tie: shows both, decides nothing, unless the current domain is one of them', () => {
    const distribution = domainDistribution([...usersOn('alpha.example', 3), ...usersOn('beta.example', 3), ...usersOn('gamma.example', 1)]);
    expect(suggestDomain(distribution, null)).toEqual({ kind: 'tie', domains: ['alpha.example', 'beta.example'], users: 3 });
    expect(suggestDomain(distribution, 'gamma.example')).toEqual({ kind: 'tie', domains: ['alpha.example', 'beta.example'], users: 3 });
    expect(suggestDomain(distribution, 'beta.example')).toEqual({ kind: 'domain', domain: 'beta.example', users: 3 });
  });

  it('with a tie, the Client Access Manager list holds only the shared-domain users until one is chosen', () => {
    const users = [...usersOn('alpha.example', 2), ...usersOn('beta.example', 2), user('x@web.de')];
    const assessment = assessPartnerDomain(seen(null), users, NOW);
    expect(assessment.suggestion.kind).toBe('tie');
    expect(assessment.basis).toBeUndefined();
    expect(assessment.clientAccess.map((e) => [e.email, e.reason])).toEqual([['x@web.de', 'shared-domain']]);
  });

  it('with every user on shared domains: no suggestion, everyone for the Client Access Manager', () => {
    const users = [...usersOn('gmail.com', 2), user('jan@wp.pl'), user('eva@hotmail.se'), user('piet@ziggo.nl')];
    const assessment = assessPartnerDomain(seen('gmail.com'), users, NOW);
    expect(assessment.suggestion).toEqual({ kind: 'none', reason: 'all-shared' });
    expect(assessment.basis).toBeUndefined();
    expect(assessment.additionalDomains).toEqual([]);
    expect(assessment.clientAccess).toHaveLength(5);
    expect(new Set(assessment.clientAccess.map((e) => e.reason))).toEqual(new Set(['shared-domain']));
    // The domain itself is still wrong: a unique one must be set (seed 001).
    expect(assessment.problems).toEqual(['shared']);
  });

  it('with no active users: nothing to suggest', () => {
    expect(suggestDomain(domainDistribution([user('a@acme.example', { status: 'removed' })]), null)).toEqual({ kind: 'none', reason: 'no-users' });
  });
});

describe('the domain check', () => {
  const team = () => [...usersOn('kancelaria.pl', 5), ...usersOn('gmail.com', 2), user('kontrahent@wykonawca.pl', { firstName: 'Ola', lastName: 'Nowak' })];

  it('a shared domain: a problem, the most used company domain suggested, the others listed', () => {
    const assessment = assessPartnerDomain(seen('gmail.com'), team(), NOW);
    expect(assessment.problems).toEqual(['shared']);
    expect(assessment.suggestion).toMatchObject({ kind: 'domain', domain: 'kancelaria.pl' });
    expect(assessment.basis).toBe('kancelaria.pl');
    expect(assessment.additionalDomains).toEqual(['wykonawca.pl']);
    expect(assessment.clientAccess.map((e) => [e.email, e.reason])).toEqual([
      ['kontrahent@wykonawca.pl', 'other-domain'], ['u1@gmail.com', 'shared-domain'], ['u2@gmail.com', 'shared-domain'],
    ]);
    expect(assessment.clientAccess[0]?.name).toBe('Ola Nowak');
  });

  it('a domain nobody uses is a minority when another company domain is used by more', () => {
    const assessment = assessPartnerDomain(seen('alte-agentur.de'), [...usersOn('agentur.de', 3), user('a@web.de')], NOW);
    expect(assessment.currentUsers).toBe(0);
    expect(assessment.problems).toEqual(['minority']);
    expect(assessment.suggestion).toMatchObject({ kind: 'domain', domain: 'agentur.de' });
  });

  it('is no minority when every other user is on a shared domain', () => {
    const assessment = assessPartnerDomain(seen('agentur.de'), [...usersOn('agentur.de', 1), ...usersOn('gmx.de', 3)], NOW);
    expect(assessment.problems).toEqual([]);
    expect(assessment.basis).toBe('agentur.de');
  });

  it('unset, stale, and nothing at all before the page was seen', () => {
    expect(assessPartnerDomain(seen(null), team(), NOW).problems).toEqual(['unset']);
    const old = assessPartnerDomain(seen('kancelaria.pl', '2026-10-01T00:00:00.000Z'), team(), NOW);
    expect(old.problems).toEqual(['stale']);
    expect(old.ageDays).toBe(67);
    expect(assessPartnerDomain(seen('kancelaria.pl', '2026-11-07T12:00:00.000Z'), team(), NOW).problems).toEqual([]);
    expect(assessPartnerDomain({ seen: false }, team(), NOW).problems).toEqual([]);
  });
});
