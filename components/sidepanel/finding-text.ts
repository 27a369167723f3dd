import type { MessageKey } from '../../lib/i18n';

/** `half-unlinked` from `finding.half-unlinked.title`: one code per title in the findings catalog. */
type CodeOfTitleKey<K> = K extends `finding.${infer Code}.title` ? Code : never;

/** The finding codes the catalog has strings for (lib/i18n/locales/findings/*.ts). */
export type FindingCode = CodeOfTitleKey<MessageKey>;

/**
 * Every catalogued code, as a runtime set. `satisfies` makes tsc refuse a missing code, an extra
 * one or a typo, so this list cannot drift from the catalog; tests/ui/detail-findings.test.tsx
 * checks that every rule in lib/diagnose has an entry.
 */
const FINDING_CODES = {
  'half-unlinked': true,
  'broken-connection': true,
  'grant-without-inbox': true,
  'deactivated-user-grant': true,
  'deactivated-user-team-channel': true,
  'stale-observation': true,
  'crm-user-mismatch': true,
  'partner-domain-shared': true,
  'partner-domain-unset': true,
  'partner-domain-stale': true,
  'partner-domain-minority': true,
} as const satisfies Record<FindingCode, true>;

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODES, code);
}

export interface FindingTextKeys {
  title: MessageKey;
  fix: MessageKey;
}

/**
 * The catalog keys of a finding's title and fix, or undefined for a code the catalog does not know
 * (a finding written by a newer version). The template literals are typed: tsc checks that
 * `finding.<code>.title` and `.fix` exist for every FindingCode, so a misspelt prefix fails the build.
 */
export function findingTextKeys(code: string): FindingTextKeys | undefined {
  if (!isFindingCode(code)) return undefined;
  return { title: `finding.${code}.title`, fix: `finding.${code}.fix` };
}
