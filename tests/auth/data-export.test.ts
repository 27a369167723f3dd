import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing';
import { dataExport } from '../../lib/background/handlers/data-export';
import { extensionProtocol } from '../../lib/messaging/extension-protocol';
import { createRouter } from '../../lib/messaging/router';
import { closeStore } from '../../lib/store/open';
import { repo } from '../../lib/store/repo';
import { gmailTab, optionsPage, policy, seedLocalData, TOKENS } from './local-data-fixtures';

const route = createRouter({ 'data/export': dataExport }, policy);

beforeEach(async () => {
  fakeBrowser.reset();
  await repo.clearByPolicy('sign-out');
});
afterEach(async () => {
  await closeStore();
});

async function exportFromOptions() {
  const reply = await route({ type: 'data/export', payload: {} }, optionsPage);
  if (!reply.ok) throw new Error(`export refused: ${reply.error.message}`);
  // What the options page's client accepts: the protocol's response schema.
  return v.parse(extensionProtocol['data/export'].response, reply.data);
}

describe('data/export (built in the background)', () => {
  it('holds the mailboxes, observations, plans and audit log, and no token even though every kind is stored', async () => {
    await seedLocalData(repo);
    expect((await repo.getAll('credentials')).map((credential) => credential.accessToken)).toContain(TOKENS.hubspot);

    const exported = await exportFromOptions();

    expect(exported).toMatchObject({ format: 'inboxlink-export', meta: { settings: { locale: 'sv', syncIntervalMinutes: 30 } } });
    expect(exported.stores.mailboxes).toMatchObject([{ address: 'ada@example.com' }]);
    expect(exported.stores.observations).toMatchObject([{ kind: 'crm-personal-inbox', address: 'ada@example.com' }]);
    expect(exported.stores.plans).toMatchObject([{ id: 'p1', subject: 'ada@example.com' }]);
    expect(exported.stores.crmUsers).toMatchObject([{ id: '11' }]);
    expect(exported.stores.audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'hubspot-connect', subject: 'hubspot:4480123' })]));
    expect(exported.stores).not.toHaveProperty('credentials');
    const text = JSON.stringify(exported);
    for (const token of Object.values(TOKENS)) expect(text).not.toContain(token);
  });

  it('redacts a stored token that slipped into another record', async () => {
    await seedLocalData(repo);
    await repo.appendAudit({ actor: 'test', action: 'oops', subject: 'x', result: 'failed', detail: `refresh with ${TOKENS.microsoftRefresh} failed` });

    const text = JSON.stringify(await exportFromOptions());

    expect(text).not.toContain(TOKENS.microsoftRefresh);
    expect(text).toContain('refresh with [redacted] failed');
  });

  it('is refused to a content script, before the handler reads anything', async () => {
    await seedLocalData(repo);
    const reply = await route({ type: 'data/export', payload: {} }, gmailTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('content script') } });
    expect(JSON.stringify(reply)).not.toContain('ada@example.com');
  });

  it('is refused to another extension claiming our options page', async () => {
    const reply = await route({ type: 'data/export', payload: {} }, { ...optionsPage, id: 'someotherextension' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
