/**
 * The shared mail domain list as the package holds it: `partner/shared-mail-domains.txt`, written
 * at build time from the `company-email-validator` npm package's list (modules/packaged-data.ts)
 * and fetched by the contexts that check a domain (./shared-domains). One file in the package,
 * instead of the ~220 KB list in the worker's bundle and again in the extension pages' chunks.
 *
 * Front coding: the domains sorted, each line the length of the prefix it shares with the line
 * before (one character of PREFIX_DIGITS, so at most 61) followed by the rest. Sorted neighbours
 * share a lot ("0039.cf", "0039.ga"…): a fifth smaller packed than the plain list.
 */

/** The list's package path (a public path: browser.runtime.getURL). */
export const SHARED_DOMAINS_FILE = '/partner/shared-mail-domains.txt';

const PREFIX_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function encodeDomainList(domains: Iterable<string>): string {
  let previous = '';
  const lines: string[] = [];
  for (const domain of [...new Set(domains)].sort()) {
    if (domain === '' || domain.includes('\n')) continue;
    let shared = 0;
    while (shared < PREFIX_DIGITS.length - 1 && shared < previous.length && previous[shared] === domain[shared]) shared += 1;
    lines.push(`${PREFIX_DIGITS[shared]}${domain.slice(shared)}`);
    previous = domain;
  }
  return lines.join('\n');
}

export function decodeDomainList(text: string): string[] {
  let previous = '';
  return text.split('\n').filter((line) => line !== '').map((line, index) => {
    const shared = PREFIX_DIGITS.indexOf(line[0] ?? '');
    if (shared < 0 || shared > previous.length) throw new Error(`The shared mail domain list is damaged at line ${index + 1}`);
    previous = previous.slice(0, shared) + line.slice(1);
    return previous;
  });
}
