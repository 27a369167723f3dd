/**
 * The prepared hand-off to IT for an IMAP mailbox: a subject and body in the user's language and
 * a mailto: link carrying both. It names the address, the HubSpot portal and the day (written by
 * Intl in that language and the recipient's time zone), and what
 * to remove (HubSpot's IMAP/SMTP access, the password or app password it used). Built only from
 * those fields: there is no way to pass a token in.
 */
import { formatLongDate, ownTimeZone } from '../i18n/dates';
import { connectedEmailsLink } from './deep-links';
import type { PlanTranslate } from './i18n';
import type { PortalRef } from './types';

export interface ImapHandoffInput {
  address: string;
  portal: PortalRef;
  /** When the mailbox was disconnected in HubSpot (or today). */
  date: Date;
  /**
   * The recipient's time zone (an IANA name), which decides the calendar day the message names:
   * IT works where the sender does, so the sender's own zone unless told otherwise — never UTC's
   * day, which is yesterday's or tomorrow's for much of the world around midnight.
   */
  timeZone?: string;
  /** IT's address, if the user gave one; the mail client asks otherwise. */
  itAddress?: string;
}

export interface ImapHandoffMessage {
  subject: string;
  body: string;
  mailto: string;
}

/** RFC 6068: every reserved character percent-encoded, line breaks as CRLF. */
function mailtoUrl(to: string, subject: string, body: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
}

export function imapHandoffMessage(t: PlanTranslate, input: ImapHandoffInput): ImapHandoffMessage {
  const params = {
    address: input.address,
    portal: input.portal.id,
    hubspotUrl: connectedEmailsLink({ address: input.address, kind: 'personal', provider: 'imap', portal: input.portal }),
    // The day written out in the message's language ("7. Dezember 2026"): unambiguous, unlike 12/7.
    date: formatLongDate(t.locale, input.date, input.timeZone ?? ownTimeZone()),
  };
  const subject = t('plan.imap.subject', params);
  const body = t('plan.imap.body', params);
  return { subject, body, mailto: mailtoUrl(input.itAddress ?? '', subject, body) };
}
