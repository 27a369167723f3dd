import emailProviders from 'email-providers';
import validator from 'validator';
import * as v from 'valibot';
import type { AppContext } from '../context';
import { OK, parseBody, refuse, type ActionResult } from './result';

/**
 * Shared email domains (gmail.com, outlook.com, gmx.de, wp.pl, ...): the email-providers package's
 * list of ~8,700 providers. Chosen over free-email-domains, whose postinstall downloads its list and
 * so fails offline.
 */
const SHARED_DOMAINS: ReadonlySet<string> = new Set(emailProviders.map((d) => d.toLowerCase()));

const DomainBody = v.object({ domain: v.string() });

export function isPartnerAccount(ctx: AppContext): boolean {
  const partner = ctx.scenario.portal.partner;
  return partner !== undefined && partner.isPartner !== false;
}

/** "user@Acme.com" or "@acme.com." typed by a person → "acme.com". */
export function normalizeDomain(input: string): string {
  return input.trim().toLowerCase().replace(/^.*@/, '').replace(/\.$/, '');
}

/**
 * Settings > Partner > Automation: the partner employee email domain. Super Admin only; must be a
 * real domain and not a shared email domain such as gmail.com (seeds 001, 004).
 */
export function savePartnerDomain(ctx: AppContext, body: unknown): ActionResult {
  const parsed = parseBody(DomainBody, body);
  if (!parsed.ok) return parsed.result;
  if (!isPartnerAccount(ctx)) return refuse('notPartner', undefined, 403);
  if (!ctx.me?.superAdmin) return refuse('errNotSuperAdmin', undefined, 403);
  const domain = normalizeDomain(parsed.value.domain);
  if (!validator.isFQDN(domain, { require_tld: true, allow_underscores: false })) {
    return refuse('errInvalidDomain', undefined, 400);
  }
  if (SHARED_DOMAINS.has(domain)) return refuse('errSharedDomain', { domain }, 400);
  ctx.scenario.portal.partner = { ...ctx.scenario.portal.partner, employeeEmailDomain: domain };
  return OK;
}
