import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter, ForbiddenError, type Handlers } from '../../lib/messaging/router';

const policy = {
  extensionId: 'ebljfbiogjonacloaabckdpmccbhggdi',
  extensionOrigin: 'chrome-extension://ebljfbiogjonacloaabckdpmccbhggdi/',
  contentHosts: ['mail.google.com', 'outlook.office.com'],
};

const popup: Runtime.MessageSender = { id: policy.extensionId, url: `${policy.extensionOrigin}popup.html` };
const gmailTab: Runtime.MessageSender = {
  id: policy.extensionId,
  url: 'https://mail.google.com/mail/u/0/#inbox',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

function setup() {
  const handlers = {
    'mailboxes/summary': vi.fn(async () => ({ mailboxes: [] })),
    'mailbox/status': vi.fn(async ({ address }: { address: string }) => ({
      address, status: 'unknown' as const, provider: 'google', kind: 'personal' as const, checkedAt: null, label: 'x',
    })),
    'observation/snapshot': vi.fn(async () => ({ stored: 0, gone: 0, unproven: 0 })),
    'data/clear': vi.fn(async () => ({ cleared: ['mailboxes'], removed: [], connections: [] })),
  } satisfies Handlers;
  return { handlers, route: createRouter(handlers, policy) };
}

describe('message router', () => {
  it('answers a valid request from an extension page', async () => {
    const { route, handlers } = setup();
    await expect(route({ type: 'mailboxes/summary', payload: {} }, popup)).resolves.toEqual({ ok: true, data: { mailboxes: [] } });
    expect(handlers['mailboxes/summary']).toHaveBeenCalledOnce();
  });

  it.each([
    ['not an object', 'hello'],
    ['no type', { payload: {} }],
    ['numeric type', { type: 42, payload: {} }],
    ['null', null],
  ])('refuses a malformed envelope (%s)', async (_name, raw) => {
    const { route } = setup();
    const reply = await route(raw, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });

  it('refuses an unknown message by name', async () => {
    const { route } = setup();
    expect(await route({ type: 'tokens/dump', payload: {} }, popup)).toEqual({
      ok: false, error: { code: 'unknown-message', message: 'unknown message "tokens/dump"' },
    });
  });

  it('refuses a payload that does not match its schema, naming the field', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'mailbox/status', payload: { address: 'not-an-address' } }, gmailTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(JSON.stringify(reply)).toContain('address');
    expect(handlers['mailbox/status']).not.toHaveBeenCalled();
  });

  it('refuses a destructive message from a content script', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'data/clear', payload: { confirmed: true } }, gmailTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['data/clear']).not.toHaveBeenCalled();
  });

  it('refuses another extension spoofing our pages', async () => {
    const { route } = setup();
    const reply = await route({ type: 'mailboxes/summary', payload: {} }, { ...popup, id: 'someotherextensionid' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('not this extension') } });
  });

  it('refuses a tab on a host where our content scripts do not run', async () => {
    const { route } = setup();
    const evil = { ...gmailTab, url: 'https://evil.example/mail.google.com' };
    const reply = await route({ type: 'mailbox/status', payload: { address: 'a@b.co' } }, evil);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('evil.example') } });
  });

  it('refuses a content message from a frame inside the page, or from another origin than its URL', async () => {
    const { route, handlers } = setup();
    const snapshot = { type: 'observation/snapshot', payload: { kind: 'crm-personal-inbox', path: '/', scope: 's', items: [] } };
    expect(await route(snapshot, { ...gmailTab, frameId: 3 })).toMatchObject({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('frame') } });
    expect(await route(snapshot, { ...gmailTab, frameId: undefined })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await route(snapshot, { ...gmailTab, origin: 'null' } as typeof gmailTab)).toMatchObject({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('origin') } });
    expect(handlers['observation/snapshot']).not.toHaveBeenCalled();
    expect(await route(snapshot, { ...gmailTab, origin: 'https://mail.google.com' } as typeof gmailTab)).toMatchObject({ ok: true });
  });

  it('no longer knows observation/report: no content script used it', async () => {
    const { route } = setup();
    const reply = await route({ type: 'observation/report', payload: { kind: 'crm-personal-inbox', address: 'a@b.co', path: '/', value: { state: 'removed' } } }, gmailTab);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  it('refuses a content message without a tab', async () => {
    const { route } = setup();
    const reply = await route({ type: 'mailbox/status', payload: { address: 'a@b.co' } }, { id: policy.extensionId, url: 'https://mail.google.com/' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('normalises validated input before the handler sees it', async () => {
    const { route, handlers } = setup();
    await route({ type: 'mailbox/status', payload: { address: '  Anna@Example.COM ' } }, popup);
    expect(handlers['mailbox/status']).toHaveBeenCalledWith({ address: 'anna@example.com' }, expect.anything());
  });

  it('turns a handler refusal into a forbidden reply and a crash into a handler error', async () => {
    const route = createRouter({
      'mailbox/status': async () => { throw new ForbiddenError('not your mailbox'); },
      'mailboxes/summary': async () => { throw new Error('database closed'); },
    }, policy);
    expect(await route({ type: 'mailbox/status', payload: { address: 'x@y.co' } }, gmailTab))
      .toMatchObject({ ok: false, error: { code: 'forbidden-sender', message: expect.stringContaining('not your mailbox') } });
    expect(await route({ type: 'mailboxes/summary', payload: {} }, popup))
      .toMatchObject({ ok: false, error: { code: 'handler-failed', message: expect.stringContaining('database closed') } });
  });
});
