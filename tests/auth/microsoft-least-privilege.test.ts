// @vitest-environment happy-dom
/**
 * Microsoft least privilege (issue 18): the sign-in and every renewal ask for read scopes only;
 * the write scope is asked for at the destructive step (incremental consent), its token kept in
 * storage.session only while it lasts and only while the admin is signed in, never a refresh
 * token. Sign-out and "clear local data" leave no storage.session entry behind, and a sign-in
 * page left open cannot save tokens again.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearLocalData } from '../../lib/auth/clear-local-data';
import { beginMicrosoftSignIn } from '../../lib/auth/microsoft/attempts';
import { MICROSOFT_REFRESH_SCOPES, MICROSOFT_WRITE_SCOPES } from '../../lib/auth/microsoft/config';
import { renewMicrosoftToken } from '../../lib/auth/microsoft/refresh';
import { saveMicrosoftSession, signOutMicrosoft } from '../../lib/auth/microsoft/save';
import { createMicrosoftSignIn } from '../../lib/auth/microsoft/sign-in';
import { graphWriteToken, saveGraphWriteAccess } from '../../lib/auth/microsoft/write-access';
import { createMicrosoftSaveHandler } from '../../lib/background/handlers/auth/microsoft-save';
import { rememberUserAction } from '../../lib/background/user-actions';
import { rememberTabMailbox } from '../../lib/background/tab-mailboxes';
import type { Sandbox } from '../../sandbox/core/sandbox';
import { freshRepo, sandboxFetch } from './helpers';

const REDIRECT = 'https://ebljfbiogjonacloaabckdpmccbhggdi.chromiumapp.org/';
const ADMIN = 'oliver.bennett@nordlicht-nordic.example';
const WRITE = 'DelegatedPermissionGrant.ReadWrite.All';

const launchAgainst = (sandbox: Sandbox, seen: string[]) => async (url: string) => {
  seen.push(url);
  const answer = await sandbox.handle(new Request(url, { redirect: 'manual' }));
  const location = answer.headers.get('location') ?? '';
  if (!location.startsWith(REDIRECT)) throw new Error(`no redirect back (HTTP ${answer.status})`);
  return location;
};

/** The sandbox's answer to deleting a grant with `token` (403 without the write permission). */
async function deleteAGrant(sandbox: Sandbox, token: string): Promise<number> {
  const list = await sandbox.handle(new Request('https://graph.microsoft.com/v1.0/oauth2PermissionGrants', { headers: { authorization: `Bearer ${token}` } }));
  const { value } = (await list.json()) as { value: { id: string }[] };
  const id = value[0]?.id ?? 'none';
  return (await sandbox.handle(new Request(`https://graph.microsoft.com/v1.0/oauth2PermissionGrants/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }))).status;
}

beforeEach(() => fakeBrowser.reset());

describe('the Microsoft admin sign-in is read-only', () => {
  it('asks for read scopes; its token and every renewal cannot delete a grant; the write consent can, without a refresh token', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const seen: string[] = [];
    const msal = await createMicrosoftSignIn({ redirectUri: REDIRECT, launch: launchAgainst(sandbox, seen), fetch });
    const session = await msal.signIn();
    const asked = new URL(seen[0] ?? '').searchParams.get('scope') ?? '';
    expect(asked).not.toContain(WRITE);
    expect(asked).toContain('Directory.Read.All');
    expect(session.scopes.join(' ')).not.toContain(WRITE);
    expect(await deleteAGrant(sandbox, session.accessToken)).toBe(403);

    const repo = freshRepo();
    await saveMicrosoftSession(session, { repo, fetch });
    const renewed = await renewMicrosoftToken(ADMIN, { repo, fetch });
    expect(renewed.ok).toBe(true);
    const afterRenewal = await repo.get('credentials', `microsoft:${ADMIN}`);
    expect(MICROSOFT_REFRESH_SCOPES.join(' ')).not.toContain(WRITE);
    expect(afterRenewal?.scopes.join(' ')).not.toContain(WRITE);
    expect(await deleteAGrant(sandbox, afterRenewal?.accessToken ?? '')).toBe(403);

    // The destructive step's own consent: the write scope, no refresh token handed on.
    const write = await msal.grantWrite(ADMIN);
    expect(new URL(seen.at(-1) ?? '').searchParams.get('scope')).toContain(MICROSOFT_WRITE_SCOPES[0]);
    expect(write.refreshToken).toBeUndefined();
    expect(write.scopes.join(' ')).toContain(WRITE);
    expect(await saveGraphWriteAccess(write, { repo, fetch })).toMatchObject({ ok: true, account: ADMIN });
    expect(await graphWriteToken(ADMIN)).toBe(write.accessToken);
    // Kept in storage.session only: nothing of it in IndexedDB.
    expect(JSON.stringify(await repo.getAll('credentials'))).not.toContain(write.accessToken);
    expect(await deleteAGrant(sandbox, write.accessToken)).toBe(204);
  });

  it('keeps no write token for a signed-out admin, one without the write scope, or an expired one', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const msal = await createMicrosoftSignIn({ redirectUri: REDIRECT, launch: launchAgainst(sandbox, []), fetch });
    const repo = freshRepo();
    const session = await msal.signIn();
    expect(await saveGraphWriteAccess({ ...session, scopes: [...session.scopes, WRITE] }, { repo, fetch })).toEqual({ ok: false, reason: 'not-signed-in' });
    await saveMicrosoftSession(session, { repo, fetch });
    expect(await saveGraphWriteAccess(session, { repo, fetch })).toEqual({ ok: false, reason: 'missing-scope' });
    const write = await msal.grantWrite(ADMIN);
    await saveGraphWriteAccess(write, { repo, fetch });
    expect(await graphWriteToken(ADMIN, () => new Date(Date.parse(write.expiresAt)))).toBeUndefined();
    await signOutMicrosoft(ADMIN, { repo });
    expect(await graphWriteToken(ADMIN)).toBeUndefined();
  });
});

describe('a sign-in page left open', () => {
  it('saves a new credential only for the attempt the options page started, once; after sign-out it cannot save again', async () => {
    const { sandbox, fetch } = sandboxFetch();
    const repo = freshRepo();
    const microsoftSave = createMicrosoftSaveHandler({ repo, fetch });
    const msal = await createMicrosoftSignIn({ redirectUri: REDIRECT, launch: launchAgainst(sandbox, []), fetch });
    const session = await msal.signIn();
    const ctx = { sender: { kind: 'extension' as const, url: 'chrome-extension://x/microsoft-signin.html' } };
    // Without an attempt (a page nobody opened for a sign-in): only a renewal, and there is nothing to renew.
    expect(await microsoftSave(session, ctx)).toMatchObject({ ok: false, reason: 'not-signed-in' });
    const attempt = await beginMicrosoftSignIn();
    const first = await microsoftSave({ ...session, attempt }, ctx);
    expect(first).toMatchObject({ ok: true, account: ADMIN });
    expect(await repo.get('credentials', `microsoft:${ADMIN}`)).toBeDefined();
    await signOutMicrosoft(ADMIN, { repo });
    // The same page renews (no attempt) or replays its attempt: the admin stays signed out.
    expect(await microsoftSave(session, ctx)).toMatchObject({ ok: false, reason: 'not-signed-in' });
    expect(await microsoftSave({ ...session, attempt }, ctx)).toMatchObject({ ok: false, reason: 'not-signed-in' });
    expect(await repo.get('credentials', `microsoft:${ADMIN}`)).toBeUndefined();
  });
});

describe('clear local data', () => {
  it('empties storage.session: tab mailboxes, presses on guided pages, write tokens, sign-in attempts', async () => {
    await rememberTabMailbox(4, 'anna@example.com');
    await rememberUserAction(4, { kind: 'crm-personal-inbox', address: 'anna@example.com', host: 'app.hubspot.com', at: new Date().toISOString() });
    await fakeBrowser.storage.session.set({ 'inboxlink.graph-write:oliver@example.com': { accessToken: 'w', expiresAt: new Date(Date.now() + 3_600_000).toISOString() } });
    await beginMicrosoftSignIn();
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).length).toBe(4);
    await clearLocalData({ repo: freshRepo() });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
