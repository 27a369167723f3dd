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

  it('on a partner portal marks each address on or off the partner employee domain', () => {
    const preview = previewImport(entries('ann@partner.example', 'bob@gmail.com', 'x'), { users: [], partnerDomain: 'Partner.example' });
    expect(preview.rows.map((row) => row.partner)).toEqual(['on-domain', 'off-domain', undefined]);
    expect(previewImport(entries('ann@partner.example'), { users: [] }).rows[0]?.partner).toBeUndefined();
  });
});
