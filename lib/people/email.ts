import isEmail from 'validator/lib/isEmail';
import { normalizeAddress } from '../model';

/**
 * Whether text is one email address, as HubSpot's create-user form and API would take it:
 * validator's isEmail (RFC 5321/5322: a local part of at most 64 characters, domain labels of at
 * most 63, IDN domains in punycode or Unicode, apostrophes and plus tags), no display name, no IP
 * literal, a top-level domain, at most 254 characters in all. The sandbox's HubSpot checks
 * addresses with the same library. (valibot's email pattern, used before, took a 65-character
 * local part, and refused punycode domains and O'Brien: found by tests/worlds property 5.)
 */
const OPTIONS = { allow_display_name: false, require_tld: true, allow_ip_domain: false, allow_utf8_local_part: true } as const;

export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && isEmail(text, OPTIONS);
}

/** The address in canonical form (trimmed, lower case) when `text` is one. */
export function addressOf(text: string): string | undefined {
  const trimmed = text.trim();
  return isEmailAddress(trimmed) ? normalizeAddress(trimmed) : undefined;
}
