import { afterEach, describe, expect, it } from 'vitest';
import { closeStore } from '../../lib/store/open';
import { createRepo } from '../../lib/store/repo';
import { summarizeMailboxes } from '../../lib/store/reads/mailbox-facts';

// The context's own database (fake-indexeddb/auto from tests/setup.ts), as the popup reads it.
afterEach(async () => {
  await createRepo().clearByPolicy('sign-out');
  await closeStore();
});

describe('summarizeMailboxes', () => {
  it('gives each mailbox the status of its own facts', async () => {
    const repo = createRepo();
    await repo.upsertMailbox({ address: 'a@x.example', provider: 'google' });
    await repo.upsertMailbox({ address: 'b@x.example', provider: 'google' });
    await repo.addObservation({ kind: 'crm-personal-inbox', address: 'a@x.example', host: 'app.hubspot.com', path: '/settings/1/user-preferences/email', value: { state: 'disabled' }, observedAt: '2026-11-01T00:00:00Z' });
    await repo.addObservation({ kind: 'crm-personal-inbox', address: 'b@x.example', host: 'app.hubspot.com', path: '/settings/1/user-preferences/email', value: { state: 'connected' }, observedAt: '2026-11-01T00:00:00Z' });
    await repo.addObservation({ kind: 'provider-grant', address: 'b@x.example', host: 'myaccount.google.com', path: '/connections', value: { present: true }, observedAt: '2026-11-01T00:00:00Z' });
    const rows = await summarizeMailboxes();
    expect(rows.map((r) => [r.address, r.status]).sort()).toEqual([
      ['a@x.example', 'half-unlinked'],
      ['b@x.example', 'linked'],
    ]);
  });
});
