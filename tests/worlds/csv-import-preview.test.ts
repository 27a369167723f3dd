/**
 * Property 5 over generated CSVs (./csv-arbitrary.ts): reading any user-import CSV never throws,
 * finds the email column and one entry per non-blank row, and the preview calls each address
 * valid or invalid as the generator made it — never an invalid address valid, nor a valid one
 * invalid. Seeded like the world properties (FC_SEED, FC_PATH, FC_RUNS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUsersCsv } from '../../lib/people/csv-import';
import { previewImport } from '../../lib/people/import-preview';
import { csvArbitrary } from './csv-arbitrary';
import { propertyParameters } from './world-arbitrary';

describe('generated user-import CSVs', () => {
  it('5. parse and preview every CSV without throwing, and judge each address as the generator made it', () => {
    fc.assert(
      fc.property(csvArbitrary, (csv) => {
        const parsed = parseUsersCsv(csv.text);
        expect(parsed).toMatchObject({ ok: true, column: csv.header });
        const entries = parsed.ok ? parsed.entries : [];
        expect(entries.map((e) => e.input)).toEqual(csv.expected.map((e) => e.input));
        const preview = previewImport(entries, { users: [] });
        expect(preview.rows.map((r) => ({ input: r.input, valid: r.verdict !== 'invalid' }))).toEqual(csv.expected);
      }),
      propertyParameters(300),
    );
  });
});
