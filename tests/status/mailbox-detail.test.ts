import { afterEach, describe, expect, it } from 'vitest';
import type { CrmUser, Finding } from '../../lib/model';
import { closeStore } from '../../lib/store/open';
import { createRepo } from '../../lib/store/repo';
import { loadMailboxDetail } from '../../components/shared/mailbox-detail';

// The context's own database (fake-indexeddb/auto from tests/setup.ts), as the popup reads it.
afterEach(async () => {
  await createRepo().clearByPolicy('sign-out');
  await closeStore();
});

const user = (id: string, email: string): CrmUser => ({ id, email, roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: '2026-11-01T00:00:00Z' });
const finding = (code: string, subject: string): Finding => ({ id: `${code}:${subject}`, code, severity: 'warning', subject, evidence: [], foundAt: '2026-11-01T00:00:00Z' });

describe('loadMailboxDetail (index lookups for one address)', () => {
  it('finds the owner by the mailbox user id before the email, and only that address’s findings', async () => {
    const repo = createRepo();
    await repo.upsertMailbox({ address: 'Ada@X.example', provider: 'google', userId: '2' });
    await repo.putMany('crmUsers', [user('1', 'ada@x.example'), user('2', 'ada.old@x.example'), user('3', 'bob@x.example')]);
    await repo.putMany('findings', [finding('grant-left', 'ada@x.example'), finding('grant-left', 'bob@x.example')]);
    const detail = await loadMailboxDetail('ada@x.example');
    expect(detail.address).toBe('ada@x.example');
    expect(detail.owner?.id).toBe('2');
    expect(detail.findings.map((f) => f.id)).toEqual(['grant-left:ada@x.example']);
    expect(detail.facts.mailbox?.provider).toBe('google');
  });

  it('falls back to the user with the same email when the mailbox names no user (or an unknown one)', async () => {
    const repo = createRepo();
    await repo.upsertMailbox({ address: 'bob@x.example', provider: 'google', userId: '99' });
    await repo.putMany('crmUsers', [user('1', 'ada@x.example'), user('3', 'bob@x.example')]);
    expect((await loadMailboxDetail('BOB@x.example')).owner?.id).toBe('3');
    expect((await loadMailboxDetail('nobody@x.example')).owner).toBeUndefined();
  });
});
