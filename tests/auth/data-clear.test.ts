import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing';
import { dataClear } from '../../lib/background/handlers/data-clear';
import { extensionProtocol } from '../../lib/messaging/extension-protocol';
import { createRouter } from '../../lib/messaging/router';
import { closeStore } from '../../lib/store/open';
import { repo } from '../../lib/store/repo';
import { STORE_NAMES } from '../../lib/store/schema';
import { everythingStored } from './helpers';
import { gmailTab, optionsPage, policy, seedLocalData, TOKENS } from './local-data-fixtures';

const route = createRouter({ 'data/clear': dataClear }, policy);

beforeEach(async () => {
  fakeBrowser.reset();
  await repo.clearByPolicy('sign-out');
});
afterEach(async () => {
  await closeStore();
});

async function clearFromOptions() {
  const reply = await route({ type: 'data/clear', payload: { confirmed: true } }, optionsPage);
  if (!reply.ok) throw new Error(`clear refused: ${reply.error.message}`);
  return v.parse(extensionProtocol['data/clear'].response, reply.data);
}

const clearAudits = async () => (await repo.getAll('audit')).filter((entry) => entry.action === 'clear-local-data');

describe('data/clear (in the background)', () => {
  it('removes every token and every cached record, keeps the audit log, and says what it removed', async () => {
    await seedLocalData(repo);

    const result = await clearFromOptions();

    expect(await repo.getAll('credentials')).toEqual([]);
    for (const store of STORE_NAMES) {
      if (store === 'audit' || store === 'meta') continue;
      expect(await repo.getAll(store), store).toEqual([]);
    }
    expect(await repo.getMeta('settings')).toBeUndefined();
    expect(result.connections).toEqual(expect.arrayContaining([
      { provider: 'hubspot', portalId: 4480123 },
      { provider: 'google', account: 'admin@example.com' },
      { provider: 'microsoft', account: 'admin@contoso.example' },
    ]));
    expect(result.connections).toHaveLength(3);
    expect(result.removed).toEqual(expect.arrayContaining([
      { store: 'mailboxes', count: 1 }, { store: 'observations', count: 1 }, { store: 'plans', count: 1 }, { store: 'crmUsers', count: 1 },
    ]));
    expect(result.removed.map((entry) => entry.store)).not.toContain('audit');
    expect(result.cleared).not.toContain('audit');

    const audit = (await clearAudits()).at(-1);
    expect(audit).toMatchObject({ actor: 'user', subject: 'local', result: 'ok' });
    expect(audit?.detail).toContain('hubspot:4480123');
    expect((await repo.getAll('audit')).some((entry) => entry.action === 'hubspot-connect')).toBe(true);
    // Neither the reply nor anything left in the database holds a token.
    const left = JSON.stringify([result, await everythingStored(repo)]);
    for (const token of Object.values(TOKENS)) expect(left).not.toContain(token);
  });

  it('is idempotent: a second clear removes nothing more, says so, and is audited too', async () => {
    await seedLocalData(repo);
    const auditedBefore = (await clearAudits()).length;
    await clearFromOptions();

    const again = await clearFromOptions();

    expect(again.removed).toEqual([]);
    expect(again.connections).toEqual([]);
    expect(await repo.getAll('credentials')).toEqual([]);
    expect(await clearAudits()).toHaveLength(auditedBefore + 2);
  });

  it('refuses an unconfirmed clear and a content script, and then clears nothing', async () => {
    await seedLocalData(repo);
    const auditedBefore = (await clearAudits()).length;
    expect(await route({ type: 'data/clear', payload: {} }, optionsPage)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await route({ type: 'data/clear', payload: { confirmed: true } }, gmailTab)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await repo.getAll('credentials')).toHaveLength(3);
    expect(await repo.getAll('mailboxes')).toHaveLength(1);
    expect(await clearAudits()).toHaveLength(auditedBefore);
  });
});
