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
 */
import { isCompanyDomain } from 'company-email-validator';
import { normalizeDomain } from './domains';

/** Whether `domain` (any case, a leading "@" or a whole address allowed) is a shared mail domain. */
export function isSharedMailDomain(domain: string): boolean {
  const normalized = normalizeDomain(domain);
  return normalized !== '' && !isCompanyDomain(normalized);
}
