import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../sandbox/core/validate-scenario';

// The demo is the default world of `npm run sandbox` and of the e2e suite: it must keep every
// case the product handles. These checks fail when an edit drops one.
const demo = parseScenario(readFileSync(join(__dirname, '../../sandbox/scenarios/demo.json'), 'utf8'), 'demo.json');
const userById = new Map(demo.users.map((u) => [u.id, u]));
const byEmail = (address: string | undefined) => demo.users.find((u) => u.email === address);

describe('demo scenario', () => {
  it('is the Nordlicht Consulting partner portal', () => {
    expect(demo.portal).toMatchObject({ id: 4480123, domain: 'nordlicht.example', language: 'en', tier: 'professional' });
    expect(demo.portal.partner?.employeeEmailDomain).toBeTruthy();
    expect(demo.teams).toHaveLength(4);
  });

  it('has about 40 users with 2 deactivated, 1 removed and 1–2 super admins', () => {
    expect(demo.users.length).toBeGreaterThanOrEqual(35);
    expect(demo.users.filter((u) => u.status === 'deactivated')).toHaveLength(2);
    expect(demo.users.filter((u) => u.status === 'removed')).toHaveLength(1);
    expect(demo.users.filter((u) => u.superAdmin).length).toBeGreaterThanOrEqual(1);
    expect(demo.users.filter((u) => u.superAdmin).length).toBeLessThanOrEqual(2);
  });

  it('carries an umlaut name and a name that proves escaping', () => {
    const names = demo.users.map((u) => `${u.firstName} ${u.lastName}`);
    expect(names.some((n) => /[äöüÄÖÜ]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });

  it('has personal inboxes with every provider in every state, and every error', () => {
    const inboxes = demo.personalInboxes ?? [];
    for (const provider of ['google', 'microsoft365', 'outlook', 'imap'] as const) {
      for (const state of ['connected', 'disabled', 'removed'] as const) {
        expect(inboxes.some((i) => i.provider === provider && i.state === state), `${provider} ${state}`).toBe(true);
      }
    }
    for (const error of ['access-revoked', 'password-changed', 'sync-error'] as const) {
      expect(inboxes.some((i) => i.error === error), error).toBe(true);
    }
  });

  it('has 2 conversations inboxes and 3 team channels, one not authorized', () => {
    expect(demo.inboxes).toHaveLength(2);
    expect(demo.teamChannels).toHaveLength(3);
    expect(demo.teamChannels?.filter((c) => c.authorized === false)).toHaveLength(1);
  });

  it('leaves grants behind at Google and Microsoft for disabled/removed inboxes and deactivated users', () => {
    const grants = demo.providerGrants ?? [];
    const leftBehind = (provider: string) =>
      (demo.personalInboxes ?? []).filter(
        (i) => i.provider === provider && (i.state !== 'connected' || userById.get(i.userId)?.status === 'deactivated') &&
          grants.some((g) => g.address === i.address && g.provider === provider),
      );
    expect(leftBehind('google').length).toBeGreaterThanOrEqual(2);
    expect(leftBehind('microsoft365').length).toBeGreaterThanOrEqual(2);
    const deactivated = demo.users.filter((u) => u.status === 'deactivated').map((u) => u.email);
    expect(grants.some((g) => deactivated.includes(g.address))).toBe(true);
  });

  it('has a Workspace domain and an Entra tenant with the HubSpot Sales service principal', () => {
    expect(demo.directories?.googleWorkspace?.[0]?.admins?.length).toBeGreaterThan(0);
    const tenant = demo.directories?.entraTenants?.[0];
    expect(tenant?.admins?.length).toBeGreaterThan(0);
    expect(tenant?.servicePrincipals?.map((s) => s.displayName)).toContain('HubSpot Sales');
  });

  it('signs in a connected Workspace user in Gmail, an M365 user in Outlook and a super admin in HubSpot', () => {
    const { signedIn } = demo;
    const gmail = (demo.personalInboxes ?? []).find((i) => i.address === signedIn?.gmail);
    expect(gmail).toMatchObject({ provider: 'google', state: 'connected' });
    expect(demo.directories?.googleWorkspace?.map((w) => w.domain)).toContain(signedIn?.gmail?.split('@')[1]);
    expect((demo.personalInboxes ?? []).find((i) => i.address === signedIn?.outlook)?.provider).toBe('microsoft365');
    expect(userById.get(signedIn?.hubspotUserId ?? '')?.superAdmin).toBe(true);
    expect(byEmail(signedIn?.google)).toBeDefined();
    expect(byEmail(signedIn?.microsoft)).toBeDefined();
  });

  it('has the full, the expired and the under-scoped HubSpot token', () => {
    const tokens = new Map((demo.tokens?.hubspot ?? []).map((t) => [t.token, t]));
    expect(tokens.get('demo-token-full')?.scopes).toEqual(expect.arrayContaining([
      'settings.users.read', 'settings.users.write', 'settings.users.teams.read', 'crm.objects.owners.read',
      'conversations.read', 'oauth', 'account-info.security.read',
    ]));
    expect(Date.parse(tokens.get('demo-token-expired')?.expiresAt ?? '')).toBeLessThan(Date.now());
    expect(tokens.get('demo-token-no-conversations')?.scopes).not.toContain('conversations.read');
  });
});
