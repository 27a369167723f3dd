import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ClientAccessEntry } from '../../lib/partner/client-access';
import { clientAccessCsv } from '../../lib/partner/csv';

const HEADERS = { name: 'Name', email: 'E-mail', domain: 'Domain', reason: 'Reason' };
const entry = (name: string, email = 'x@gmail.com'): ClientAccessEntry => ({ userId: '1', name, email, domain: 'gmail.com', reason: 'shared-domain' });

describe('the Client Access Manager CSV', () => {
  it('has a header and one row per user, the reason in words', () => {
    const csv = clientAccessCsv([entry('Łucja Wiśniewska', 'lucja@gmail.com')], HEADERS, () => 'Shared mail domain');
    expect(Papa.parse(csv.trim()).data).toEqual([['Name', 'E-mail', 'Domain', 'Reason'], ['Łucja Wiśniewska', 'lucja@gmail.com', 'gmail.com', 'Shared mail domain']]);
  });

  it('neutralises cells a spreadsheet would run as a formula, also across lines', () => {
    const names = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', '=1+1\nsecond line'];
    const csv = clientAccessCsv(names.map((n) => entry(n)), HEADERS, () => 'r');
    const cells = (Papa.parse<string[]>(csv.trim()).data).slice(1).map((row) => row[0]);
    expect(cells).toEqual(names.map((n) => `'${n}`));
    expect(clientAccessCsv([entry('Ann-Marie')], HEADERS, () => 'r')).toContain('Ann-Marie');
  });
});
