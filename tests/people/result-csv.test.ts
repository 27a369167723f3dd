import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/people/result-csv';
import { timeLeftMs } from '../../lib/people/time-left';

describe('result CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula, a multi-line one included', () => {
    const csv = toCsv(['Email', 'Result'], [
      ['=HYPERLINK("http://evil.example","x")', 'created'],
      ['+1', '-2'],
      ['@SUM(A1)', '\tTAB'],
      ['=1+1\n=2', 'ok'],
      ['ada@x.example', 'Müller'],
    ]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows).toEqual([
      ['Email', 'Result'],
      ['\'=HYPERLINK("http://evil.example","x")', 'created'],
      ["'+1", "'-2"],
      ["'@SUM(A1)", "'\tTAB"],
      ["'=1+1\n=2", 'ok'],
      ['ada@x.example', 'Müller'],
    ]);
  });
});

describe('time left', () => {
  const limit = { max: 100, intervalMs: 10_000 };
  it('uses the rate limit until enough rows have finished, then the observed pace, never faster than the limit', () => {
    expect(timeLeftMs({ recent: [], remaining: 500, limit })).toBe(50_000);
    const slow = Array.from({ length: 11 }, (_, i) => i * 500); // 2 per second
    expect(timeLeftMs({ recent: slow, remaining: 100, limit })).toBe(50_000);
    const fast = Array.from({ length: 11 }, (_, i) => i * 10); // faster than the limit allows
    expect(timeLeftMs({ recent: fast, remaining: 100, limit })).toBe(10_000);
    expect(timeLeftMs({ recent: slow, remaining: 0, limit })).toBe(0);
  });
});
