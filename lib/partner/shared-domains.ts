/**
 * Shared (free or public) mail domains: gmail.com, web.de, wp.pl, hotmail.se, ziggo.nl… A partner
 * employee domain must not be one (seeds 001, 004), and an employee on one can only be assigned
 * with the Client Access Manager.
 *
 * The list is the maintained npm package `company-email-validator` (~16,000 free and disposable
 * provider domains, regional ISPs included), chosen over `email-providers` (misses hotmail.se,
 * telia.com, ziggo.nl, bredband.net, posteo.de), `free-email-domains` (its postinstall downloads
 * its list, so an offline install fails), `free-email-domains-list` (2 MB of code in every
 * extension page and the worker) and `mailchecker` / `disposable-email-domains` (throwaway
 * domains only, no gmail.com). Never a hand-typed list: a provider the package lacks is reported
 * upstream, not patched here (lib/partner/README.md names the known gaps).
 *
 * The build packs the package's list as one file (./shared-domains-file); a context loads it once
 * (loadSharedMailDomains) before running the partner rules, which then ask synchronously. Unit
 * tests register the package's list directly (tests/setup.ts).
 */
import { browser } from 'wxt/browser';
import { normalizeDomain } from './domains';
import { decodeDomainList, SHARED_DOMAINS_FILE } from './shared-domains-file';

let sharedDomains: ReadonlySet<string> | undefined;
let pending: Promise<void> | undefined;

export function registerSharedMailDomains(domains: Iterable<string>): void {
  sharedDomains = new Set(domains);
}

/** Loads the packaged list unless this context has it; a failed load is retried by the next call. */
export function loadSharedMailDomains(): Promise<void> {
  if (sharedDomains) return Promise.resolve();
  pending ??= fetch(browser.runtime.getURL(SHARED_DOMAINS_FILE))
    .then((response) => {
      if (!response.ok) throw new Error(`The shared mail domain list did not load (HTTP ${response.status})`);
      return response.text();
    })
    .then((text) => registerSharedMailDomains(decodeDomainList(text)))
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/**
 * Whether `domain` (any case, a leading "@" or a whole address allowed) is a shared mail domain.
 * Throws before the list is loaded: a rule must never take "not loaded" for "a company domain".
 */
export function isSharedMailDomain(domain: string): boolean {
  if (!sharedDomains) throw new Error('The shared mail domain list is not loaded: await loadSharedMailDomains() (lib/partner/shared-domains)');
  const normalized = normalizeDomain(domain);
  return normalized !== '' && sharedDomains.has(normalized);
}
