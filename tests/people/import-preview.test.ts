import { describe, expect, it } from 'vitest';
import { previewImport } from '../../lib/people/import-preview';

const users = [
  { id: '1', email: 'active@acme.example', status: 'active' as const },
  { id: '2', email: 'gone@acme.example', status: 'deactivated' as const },
  { id: '3', email: 'removed@acme.example', status: 'removed' as const },
];
const entries = (...inputs: string[]) => inputs.map((input, i) => ({ input, line: i + 2 }));

describe('import preview', () => {
  it('says what happens to every row: new, invalid, duplicate, existing, deactivated (reactivation), removed (created again)', () => {
    const preview = previewImport(entries('New@Acme.example', 'not an address', 'new@acme.example', 'active@acme.example', 'gone@acme.example', 'removed@acme.example', ''), { users });
    expect(preview.rows.map((row) => [row.line, row.verdict, row.address, row.duplicateOf, row.userId])).toEqual([
      [2, 'pending', 'new@acme.example', undefined, undefined],
      [3, 'invalid', undefined, undefined, undefined],
      [4, 'duplicate', 'new@acme.example', 0, undefined],
      [5, 'existing', 'active@acme.example', undefined, '1'],
      [6, 'reactivate', 'gone@acme.example', undefined, '2'],
      [7, 'pending', 'removed@acme.example', undefined, undefined],
      [8, 'invalid', undefined, undefined, undefined],
    ]);
    expect(preview.counts).toEqual({ pending: 2, invalid: 2, duplicate: 1, existing: 1, reactivate: 1 });
  });

  it('judges addresses as mail servers and HubSpot do: punycode domains and apostrophes are valid, a 65-character local part or a 64-character label is not', () => {
    // Found by tests/worlds property 5 (minimal CSV: "Email\na.a@xn--mller-kva.example").
    const valid = ['a.a@xn--mller-kva.example', "o'brien@acme.example", 'Zoë.Dubois@acme.example', 'ann+crm@sub.acme.co.uk'];
    const invalid = [`${'x'.repeat(65)}@acme.example`, `ann@${'d'.repeat(64)}.example`, 'ann@acme.example.', 'Ann <ann@acme.example>', 'ann@10.0.0.1'];
    const preview = previewImport(entries(...valid, ...invalid), { users: [] });
    expect(preview.rows.map((row) => row.verdict)).toEqual([...valid.map(() => 'pending'), ...invalid.map(() => 'invalid')]);
  });

  it('on a partner portal marks each address on or off the partner employee domain', () => {
    const preview = previewImport(entries('ann@partner.example', 'bob@gmail.com', 'x'), { users: [], partnerDomain: 'Partner.example' });
    expect(preview.rows.map((row) => row.partner)).toEqual(['on-domain', 'off-domain', undefined]);
    expect(previewImport(entries('ann@partner.example'), { users: [] }).rows[0]?.partner).toBeUndefined();
  });
});
