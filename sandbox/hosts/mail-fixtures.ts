import type { Scenario } from '../core/scenario';

/** A fake message for the Gmail and Outlook pages. Nothing reads it but people and selectors. */
export interface FakeMessage {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  snippet: string;
  at: Date;
  unread: boolean;
}

export interface Mailbox {
  name: string;
  address: string;
  inbox: FakeMessage[];
  sent: FakeMessage[];
}

const EXTERNAL_SENDERS = [
  { name: 'HubSpot', address: 'noreply@notifications.hubspot.com' },
  { name: 'Lena Fischer', address: 'lena.fischer@kundenwerk.example' },
  { name: 'Pieter de Vries', address: 'pieter@handelshuis.example' },
  { name: 'Travel Desk', address: 'bookings@travel.example' },
];
const SUBJECTS = [
  ['Quarterly review: agenda', 'Hi, attached is the agenda for Thursday. Could you add the pipeline numbers?'],
  ['Re: Proposal for the Q3 rollout', 'Thanks, that works for us. Let us sign next week.'],
  ['Your weekly sales summary', '12 deals moved forward this week. 3 tasks are overdue.'],
  ['Lunch on Friday?', 'The new place near the station, 12:30?'],
  ['Invoice 2024-118', 'Please find the invoice attached. Payment terms: 30 days.'],
  ['Flight confirmation', 'Your booking is confirmed. Check-in opens 24 hours before departure.'],
  ['Re: Contract renewal', 'We reviewed the draft and have two small comments on section 4.'],
  ['Team offsite photos', 'Here are the photos from last week, enjoy!'],
] as const;
const UNREAD_IN_INBOX = 3;
const HOUR_MS = 3_600_000;

/** "Anna Berg" for a scenario user, else a name made from the address ("anna.berg" → "Anna Berg"). */
export function displayName(scenario: Scenario, address: string): string {
  const user = scenario.users.find((u) => u.email.toLowerCase() === address.toLowerCase());
  const fullName = [user?.firstName, user?.lastName].filter(Boolean).join(' ');
  if (fullName) return fullName;
  const local = address.split('@')[0] ?? address;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/** The same plausible inbox for the same scenario and address, dated relative to `now`. */
export function fakeMailbox(scenario: Scenario, address: string, now: Date): Mailbox {
  const me = { name: displayName(scenario, address), address };
  const colleagues = scenario.users
    .filter((u) => (u.status ?? 'active') === 'active' && u.email.toLowerCase() !== address.toLowerCase())
    .slice(0, 4)
    .map((u) => ({ name: displayName(scenario, u.email), address: u.email }));
  const senders = [...colleagues, ...EXTERNAL_SENDERS];
  const inbox = SUBJECTS.map(([subject, snippet], i) => ({
    from: senders[i % senders.length] ?? EXTERNAL_SENDERS[0]!,
    to: me,
    subject,
    snippet,
    at: new Date(now.getTime() - (i * 7 + 1) * HOUR_MS),
    unread: i < UNREAD_IN_INBOX,
  }));
  const recipients = colleagues.length > 0 ? colleagues : EXTERNAL_SENDERS;
  const sent = SUBJECTS.slice(0, 4).map(([subject, snippet], i) => ({
    from: me,
    to: recipients[i % recipients.length] ?? EXTERNAL_SENDERS[0]!,
    subject: `Re: ${subject}`,
    snippet: `Thanks! ${snippet}`,
    at: new Date(now.getTime() - (i * 11 + 2) * HOUR_MS),
    unread: false,
  }));
  return { ...me, inbox, sent };
}

/** Short date as mail lists show it: "14:05" today, "12 Mar" before. */
export function shortDate(at: Date, now: Date): string {
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  if (sameDay) return at.toISOString().slice(11, 16);
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}
