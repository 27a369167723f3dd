/**
 * The domain to enter: "the one most client-facing employees use" (seed 001: "die E-Mail-Domain
 * für die Mehrheit der Mitarbeiter"). Only a non-shared domain can be suggested. When several are
 * used by equally many employees nothing decides between them but the partner: the current domain
 * stays the suggestion when it is one of them; otherwise the tie is shown, never broken at random.
 * With every user on shared domains there is nothing to suggest: they are all assigned with the
 * Client Access Manager (and a unique company domain must still be set, seed 001).
 */
import type { DomainDistribution } from './distribution';

export type DomainSuggestion =
  | { kind: 'domain'; domain: string; users: number }
  | { kind: 'tie'; domains: string[]; users: number }
  | { kind: 'none'; reason: 'all-shared' | 'no-users' };

export function suggestDomain(distribution: DomainDistribution, current: string | null | undefined): DomainSuggestion {
  if (distribution.total === 0) return { kind: 'none', reason: 'no-users' };
  const candidates = distribution.domains.filter((d) => !d.shared);
  const top = candidates[0];
  if (!top) return { kind: 'none', reason: 'all-shared' };
  const tied = candidates.filter((d) => d.users === top.users).map((d) => d.domain);
  if (tied.length === 1) return { kind: 'domain', domain: top.domain, users: top.users };
  if (current && tied.includes(current)) return { kind: 'domain', domain: current, users: top.users };
  return { kind: 'tie', domains: tied, users: top.users };
}
