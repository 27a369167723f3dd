import type { Scenario } from '../../core/scenario';

/** /mail/u/<n>/: signedIn.gmail first (the default account), then mailPages.gmail.otherAccounts, in order. */
export function accountsOf(scenario: Scenario): string[] {
  const first = scenario.signedIn?.gmail;
  return first ? [first, ...(scenario.mailPages?.gmail?.otherAccounts ?? [])] : [];
}
