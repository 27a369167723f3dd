import { describe, expect, it } from 'vitest';
import { formatEvidence, parseEvidence, type EvidenceItem } from '../../lib/diagnose/evidence';

describe('evidence strings', () => {
  const items: EvidenceItem[] = [
    { type: 'crm', value: ['connected', 'Access revoked: reconnect @ 100%'], where: 'app.hubspot.com/settings/1/user-preferences/email', at: '2026-11-20T10:00:00.000Z' },
    // A where that itself holds an address and a colon-free path, as the Google admin API's does.
    { type: 'grant', value: ['google', 'present', 'HubSpot', 'admin-api'], where: 'admin.googleapis.com/admin/directory/v1/users/a@b.example/tokens', at: '2026-11-20T10:00:00Z' },
    { type: 'age-days', value: ['45'] },
    { type: 'connected-under', value: ['katrin@nordlicht.example'] },
    { type: 'signed-in', value: [], where: 'mail.google.com/mail/u/0/', at: '2026-11-20T10:00:00.000Z' },
    { type: 'grant', value: ['outlook', 'unknown'] },
  ];

  it.each(items)('round-trips %o', (item) => {
    expect(parseEvidence(formatEvidence(item))).toEqual(item);
  });

  it('keeps the format readable: only separators and spaces are escaped', () => {
    expect(formatEvidence(items[0] as EvidenceItem)).toBe(
      'crm:connected:Access%20revoked%3A%20reconnect%20%40%20100%25@app.hubspot.com/settings/1/user-preferences/email:2026-11-20T10:00:00.000Z',
    );
  });

  it('rejects strings of an unknown type or shape', () => {
    expect(parseEvidence('token:abc')).toBeUndefined();
    expect(parseEvidence('')).toBeUndefined();
  });
});
