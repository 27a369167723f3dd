import { describe, expect, it } from 'vitest';
import { isEmailHeader, parseUsersCsv } from '../../lib/people/csv-import';
import { entriesFromTypedText } from '../../lib/people/typed-addresses';

describe('a CSV of users (papaparse)', () => {
  it('reads a German Excel export: BOM, ";" separators, header "E-Mail" in another column, quoted cells', () => {
    const csv = '\ufeffName;E-Mail;Abteilung\r\n"Müller, Jörg";joerg@firma.example;Vertrieb\r\n"Anna ""Ann"" Berg";anna@firma.example;"Service; Innendienst"\r\n\r\n;bernd@firma.example;\r\n';
    const parsed = parseUsersCsv(csv);
    expect(parsed).toEqual({
      ok: true, column: 'E-Mail', dataRows: 3,
      entries: [{ input: 'joerg@firma.example', line: 2 }, { input: 'anna@firma.example', line: 3 }, { input: 'bernd@firma.example', line: 5 }],
    });
  });

  it('reads commas, a quoted address and a cell with a line break', () => {
    const parsed = parseUsersCsv('email,note\n" ada@x.example ","line one\nline two"\nbob@x.example,\n');
    expect(parsed.ok && parsed.entries).toEqual([{ input: 'ada@x.example', line: 2 }, { input: 'bob@x.example', line: 3 }]);
  });

  it.each([
    ['Email'], ['E-mail'], ['EMAIL ADDRESS'], ['E-Mail-Adresse'], ['E-mailadres'], ['E-post'], ['E-postadress'], ['Adres e-mail'], ['e_mail'],
  ])('finds the email column under "%s"', (header) => {
    expect(isEmailHeader(header)).toBe(true);
    const parsed = parseUsersCsv(`Name,${header}\nAda,ada@x.example\n`);
    expect(parsed.ok && parsed.entries).toEqual([{ input: 'ada@x.example', line: 2 }]);
  });

  it('names the headers it found when none is an email column, and says when the file is empty', () => {
    expect(parseUsersCsv('Name;Telefon\nAda;123\n')).toEqual({ ok: false, reason: 'no-email-column', headers: ['Name', 'Telefon'] });
    expect(parseUsersCsv('\ufeff\r\n  \r\n')).toEqual({ ok: false, reason: 'empty', headers: [] });
    expect(isEmailHeader('Emailing list')).toBe(false);
  });
});

describe('typed or pasted addresses', () => {
  it('splits on spaces, commas, semicolons and new lines, and keeps what is in angle brackets', () => {
    const text = 'ada@x.example bob@x.example,carl@x.example;\n  dora@x.example\r\nEve Lind <eve@x.example>; "Fay, F." <fay@x.example>';
    expect(entriesFromTypedText(text).map((entry) => entry.input)).toEqual(['ada@x.example', 'bob@x.example', 'carl@x.example', 'dora@x.example', 'eve@x.example', 'fay@x.example']);
    expect(entriesFromTypedText(' ,; \n')).toEqual([]);
    expect(entriesFromTypedText('not-an-address')).toEqual([{ input: 'not-an-address', line: 1 }]);
  });
});
