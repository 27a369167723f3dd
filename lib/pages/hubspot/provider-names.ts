import type { MailProvider } from '../../model';

/** A provider HubSpot names on a row (never 'unknown': a row that names none gives null). */
export type NamedProvider = Exclude<MailProvider, 'unknown'>;

/**
 * Provider names as HubSpot shows them in the provider column of Connected emails and of an
 * inbox's Channels (the same in every UI language; dated 2026-11-22, checked against the sandbox
 * only). Outlook.com before Office 365, so "Outlook.com" is not read as a Microsoft 365 account.
 * A bare "Outlook" (not ".com") is how HubSpot names the Microsoft 365 connection ("Outlook
 * (Office 365)") [inferred from HubSpot's connect dialog; the live Channels markup is unverified].
 */
const PROVIDER_NAMES: readonly [RegExp, NamedProvider][] = [
  [/\b(gmail|google workspace|g suite)\b/i, 'google'],
  [/\b(outlook\.com|hotmail)\b/i, 'outlook'],
  [/\b(office ?365|microsoft ?365|exchange|outlook)\b/i, 'microsoft365'],
  [/\bimap\b/i, 'imap'],
];

/** The provider a cell's words name, if any. Callers skip the cell with the address in it. */
export function providerNamedIn(words: string): NamedProvider | null {
  return PROVIDER_NAMES.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

/** The first provider named in these cells (the address cell excluded by the caller). */
export function providerNamedInCells(cells: readonly Element[], wordsOf: (cell: Element) => string): NamedProvider | null {
  for (const cell of cells) {
    const found = providerNamedIn(wordsOf(cell));
    if (found) return found;
  }
  return null;
}
