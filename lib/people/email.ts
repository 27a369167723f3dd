import * as v from 'valibot';
import { normalizeAddress } from '../model';

/**
 * Whether text is one email address, as HubSpot's create-user form and API would take it:
 * valibot's email check (local part, @, dotted domain, no spaces), at most 254 characters.
 */
const EmailSchema = v.pipe(v.string(), v.maxLength(254), v.email());

export function isEmailAddress(text: string): boolean {
  return v.is(EmailSchema, text);
}

/** The address in canonical form (trimmed, lower case) when `text` is one. */
export function addressOf(text: string): string | undefined {
  const trimmed = text.trim();
  return isEmailAddress(trimmed) ? normalizeAddress(trimmed) : undefined;
}
