/**
 * The organisation's policy as Inboxlink applies it: each key checked on its own, bad values and
 * unknown keys ignored and named, and public/managed-schema.json (what Chrome and Edge validate
 * against) declaring exactly the keys lib/policy knows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNC_INTERVAL_CHOICES } from '../../lib/messaging/auth-protocol';
import { apiRevokeAllowed, applyPolicyToSettings, hubspotAccountAllowed, identityConfig, lockedSettings, parsePolicy, POLICY_KEY_NAMES } from '../../lib/policy';
import { GOOGLE_CLIENT_ID } from '../../lib/auth/google-config';
import { MICROSOFT_AUTHORITY, MICROSOFT_CLIENT_ID } from '../../lib/auth/microsoft/config';

describe('parsePolicy', () => {
  it('applies every valid key', () => {
    const raw = {
      hubspotPortalIds: [4480123], hubspotRegion: 'eu1', syncIntervalMinutes: 60, language: 'de', allowApiRevoke: false,
      googleClientId: '123-abc.apps.googleusercontent.com', microsoftClientId: '0d5c7f3e-1a2b-4c3d-8e4f-5a6b7c8d9e0f', microsoftTenant: 'nordlicht.example',
    };
    expect(parsePolicy(raw)).toEqual({ policy: raw, problems: [] });
  });

  it('ignores a bad value and names it, keeping the good ones', () => {
    const { policy, problems } = parsePolicy({ syncIntervalMinutes: 7, language: 'fr', allowApiRevoke: 'no', hubspotPortalIds: [], microsoftClientId: 'x', hubspotRegion: 'eu1' });
    expect(policy).toEqual({ hubspotRegion: 'eu1' });
    expect(problems.map((p) => p.key).sort()).toEqual(['allowApiRevoke', 'hubspotPortalIds', 'language', 'microsoftClientId', 'syncIntervalMinutes']);
    expect(problems.every((p) => p.reason === 'invalid')).toBe(true);
  });

  it('names a key it does not know, and never fails on what is not an object', () => {
    expect(parsePolicy({ syncIntervalMinute: 60 })).toEqual({ policy: {}, problems: [{ key: 'syncIntervalMinute', reason: 'unknown-key' }] });
    for (const raw of [undefined, null, 'x', 3, []]) expect(parsePolicy(raw)).toEqual({ policy: {}, problems: [] });
  });
});

describe('what a policy decides', () => {
  it('API revocation: allowed unless set to false', () => {
    expect(apiRevokeAllowed({})).toBe(true);
    expect(apiRevokeAllowed({ allowApiRevoke: true })).toBe(true);
    expect(apiRevokeAllowed({ allowApiRevoke: false })).toBe(false);
  });

  it('HubSpot accounts: by portal id and by region (UI host)', () => {
    expect(hubspotAccountAllowed({}, { portalId: 1 })).toBe(true);
    expect(hubspotAccountAllowed({ hubspotPortalIds: [1, 2] }, { portalId: 2 })).toBe(true);
    expect(hubspotAccountAllowed({ hubspotPortalIds: [1, 2] }, { portalId: 3 })).toBe(false);
    expect(hubspotAccountAllowed({ hubspotRegion: 'eu1' }, { portalId: 3, uiDomain: 'app-eu1.hubspot.com' })).toBe(true);
    expect(hubspotAccountAllowed({ hubspotRegion: 'eu1' }, { portalId: 3, uiDomain: 'app.hubspot.com' })).toBe(false);
    expect(hubspotAccountAllowed({ hubspotRegion: 'na1' }, { portalId: 3 })).toBe(false);
  });

  it('settings: the policy\'s language and interval replace the user\'s, and are locked', () => {
    expect(applyPolicyToSettings({ locale: 'sv', syncIntervalMinutes: 5 }, { language: 'de', syncIntervalMinutes: 60 })).toEqual({ locale: 'de', syncIntervalMinutes: 60 });
    expect(applyPolicyToSettings({ locale: 'sv' }, {})).toEqual({ locale: 'sv' });
    expect(lockedSettings({ syncIntervalMinutes: 60 })).toEqual({ locale: false, syncIntervalMinutes: true });
  });

  it('identity: the organisation\'s clients and tenant, else the defaults', () => {
    expect(identityConfig({})).toEqual({
      googleClientId: GOOGLE_CLIENT_ID, microsoftClientId: MICROSOFT_CLIENT_ID, microsoftAuthority: MICROSOFT_AUTHORITY,
      microsoftTokenEndpoint: `${MICROSOFT_AUTHORITY}/oauth2/v2.0/token`,
    });
    expect(identityConfig({ microsoftTenant: 'nordlicht.example', googleClientId: 'a.apps.googleusercontent.com' })).toMatchObject({
      googleClientId: 'a.apps.googleusercontent.com',
      microsoftAuthority: 'https://login.microsoftonline.com/nordlicht.example',
      microsoftTokenEndpoint: 'https://login.microsoftonline.com/nordlicht.example/oauth2/v2.0/token',
    });
  });
});

describe('public/managed-schema.json', () => {
  const schema = JSON.parse(readFileSync(path.join(__dirname, '../../public/managed-schema.json'), 'utf8')) as {
    type: string; properties: Record<string, { type: string; enum?: unknown[]; title?: string; description?: string }>;
  };

  it('declares exactly the keys lib/policy applies, each titled and described', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEY_NAMES].sort());
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.title, key).toBeTruthy();
      expect(property.description, key).toBeTruthy();
    }
  });

  it('offers the options page\'s sync intervals and languages', () => {
    expect(schema.properties.syncIntervalMinutes?.enum).toEqual([...SYNC_INTERVAL_CHOICES]);
    expect(schema.properties.language?.enum).toEqual(['en', 'de', 'nl', 'sv', 'pl']);
  });
});
