/**
 * Generated user-import CSVs (fast-check), as spreadsheets in the five languages write them: a
 * UTF-8 BOM or none, `,` (English Excel) or `;` (German, Dutch, Swedish, Polish Excel), the email
 * column under any of the languages' header spellings and in any position, cells quoted when they
 * hold the separator, a quote or a line break, blank and separator-only junk rows, CRLF or LF.
 *
 * Every email cell carries its truth: the generator picks it from addresses that are valid
 * (RFC 5321/5322 as mail servers and HubSpot take them) or invalid for a stated reason, so the
 * property compares the preview with the generator's label, not with the product's own check.
 */
import fc from 'fast-check';

export const EMAIL_HEADERS = ['Email', 'E-mail', 'EMAIL ADDRESS', 'Email Address', 'E-Mail-Adresse', 'E-Mail', 'E-mailadres', 'E-post', 'E-postadress', 'Mejladress', 'Adres e-mail', 'Adres mailowy', 'e_mail'];
const OTHER_HEADERS = ['Name', 'Vorname', 'Naam', 'Namn', 'Imię i nazwisko', 'Team', 'Abteilung', 'Afdeling', 'Avdelning', 'Dział', 'Telefon'];

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);
const tld = fc.constantFrom('example', 'com', 'de', 'nl', 'se', 'pl', 'co.uk');

/** Valid addresses: what people's real addresses look like, odd ones included. */
const validAddress: fc.Arbitrary<string> = fc
  .record({
    local: fc.oneof(
      label,
      fc.tuple(label, label).map(([a, b]) => `${a}.${b}`),
      fc.tuple(label, label).map(([a, b]) => `${a}+${b}`), // plus-addressing
      fc.tuple(label, label).map(([a, b]) => `${a}_${b}`),
      fc.tuple(label, label).map(([a, b]) => `${a}-${b}`),
      label.map((a) => `o'${a}`), // O'Brien
    ),
    domain: fc.oneof(
      fc.tuple(label, tld).map(([a, t]) => `${a}.${t}`),
      fc.tuple(label, label, tld).map(([a, b, t]) => `${a}.${b}.${t}`),
      fc.tuple(label, label, tld).map(([a, b, t]) => `${a}-${b}.${t}`),
      fc.constantFrom('xn--mller-kva.example', 'xn--bcher-kva.example', 'xn--kse-snb.se'), // IDN domains in punycode
    ),
    upper: fc.constantFrom<(s: string) => string>((s) => s, (s) => s.toUpperCase(), (s) => s.charAt(0).toUpperCase() + s.slice(1)),
  })
  .map(({ local, domain, upper }) => upper(`${local}@${domain}`));

/** Invalid addresses, each broken in one way a mail server or HubSpot refuses. */
const invalidAddress: fc.Arbitrary<string> = fc.oneof(
  label.map((a) => `${a}.example`), // no @
  fc.tuple(label, label).map(([a, b]) => `${a}@${b}`), // no dot in the domain
  fc.tuple(label, label).map(([a, b]) => `${a}@@${b}.example`),
  fc.tuple(label, label).map(([a, b]) => `${a} ${b}@x.example`), // space inside
  fc.tuple(label, label).map(([a, b]) => `${a}..${b}@x.example`), // two dots in a row
  label.map((a) => `.${a}@x.example`),
  label.map((a) => `${a}.@x.example`),
  label.map((a) => `@${a}.example`), // no local part
  label.map((a) => `${a}@`), // no domain
  label.map((a) => `${a}@-x.example`), // label starts with a hyphen
  label.map((a) => `${a}@x-.example`), // label ends with a hyphen
  label.map((a) => `${a}@x.example.`), // trailing dot
  label.map((a) => `${a}@x..example`),
  label.map((a) => `${a.padEnd(65, 'x')}@x.example`), // local part longer than 64 (RFC 5321 §4.5.3.1.1)
  label.map((a) => `${a}@${'d'.repeat(64)}.example`), // a domain label longer than 63 (RFC 1035 §2.3.4)
  label.map((a) => `${a}@${Array.from({ length: 26 }, () => 'abcdefghi').join('.')}.example`), // longer than 254 in all
  fc.constantFrom('n/a', '-', '—', 'TBD', 'kein Konto', '?', 'null', 'Ingen e-post', 'brak'),
);

export type EmailCell = { text: string; valid: boolean } | { text: ''; valid: false; blank: true };

const emailCell: fc.Arbitrary<EmailCell> = fc.oneof(
  { arbitrary: validAddress.map((text) => ({ text, valid: true })), weight: 5 },
  { arbitrary: invalidAddress.map((text) => ({ text, valid: false })), weight: 3 },
  { arbitrary: fc.constant({ text: '' as const, valid: false as const, blank: true as const }), weight: 1 },
);

/** Other cells: names and notes with the characters that break naive CSV readers. */
const otherCell = fc.oneof(
  fc.constantFrom('', 'Müller, Jörg', 'Anna "Ann" Berg', 'Sales; Nordics', 'Zoë', 'Łukasz Żak', 'Björn Åberg', 'line one\nline two', '  ', '0701-234567'),
  fc.stringMatching(/^[A-Za-zÀ-ÿ ]{0,12}$/),
);

export interface GeneratedCsv {
  text: string;
  header: string;
  /** One per data row that is not blank, in order: the email cell's text and its truth. */
  expected: { input: string; valid: boolean }[];
}

function csvCell(text: string, delimiter: string, quoteAlways: boolean): string {
  const needs = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needs || quoteAlways ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvArbitrary: fc.Arbitrary<GeneratedCsv> = fc
  .record({
    bom: fc.boolean(),
    delimiter: fc.constantFrom(',', ';'),
    eol: fc.constantFrom('\n', '\r\n'),
    header: fc.constantFrom(...EMAIL_HEADERS),
    others: fc.uniqueArray(fc.constantFrom(...OTHER_HEADERS), { maxLength: 3 }),
    emailAt: fc.nat(3),
    leadingBlank: fc.boolean(),
    trailingEol: fc.boolean(),
    rows: fc.array(
      fc.oneof(
        { arbitrary: fc.record({ email: emailCell, others: fc.array(otherCell, { minLength: 3, maxLength: 3 }), spaces: fc.boolean(), quote: fc.boolean() }), weight: 6 },
        { arbitrary: fc.constantFrom('blank' as const, 'separators' as const), weight: 1 },
      ),
      { maxLength: 25 },
    ),
  })
  .map((plan) => {
    const at = Math.min(plan.emailAt, plan.others.length);
    const columns = [...plan.others];
    columns.splice(at, 0, plan.header);
    const line = (cells: string[]) => cells.join(plan.delimiter);
    const lines: string[] = [...(plan.leadingBlank ? [''] : []), line(columns.map((h) => csvCell(h, plan.delimiter, false)))];
    const expected: GeneratedCsv['expected'] = [];
    for (const row of plan.rows) {
      if (row === 'blank') { lines.push(''); continue; }
      if (row === 'separators') { lines.push(plan.delimiter.repeat(columns.length - 1)); continue; }
      const email = row.spaces && row.email.text ? ` ${row.email.text} ` : row.email.text;
      const others = plan.others.map((_, i) => row.others[i] ?? '');
      const cells = [...others];
      cells.splice(at, 0, email);
      // A row whose every cell is blank is a blank row (skipped); otherwise it is one entry.
      if (cells.every((c) => c.trim() === '')) { lines.push(line(cells.map((c) => csvCell(c, plan.delimiter, row.quote)))); continue; }
      lines.push(line(cells.map((c) => csvCell(c, plan.delimiter, row.quote))));
      expected.push({ input: row.email.text, valid: row.email.valid });
    }
    const text = (plan.bom ? '\ufeff' : '') + lines.join(plan.eol) + (plan.trailingEol ? plan.eol : '');
    return { text, header: plan.header, expected };
  });
