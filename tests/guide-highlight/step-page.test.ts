import { expect, it } from 'vitest';
import { isOnStepPage, mayBeStepPage } from '../../lib/guide/highlight/step-page';

it('knows which pages a guided step can be on', () => {
  expect(isOnStepPage(new URL('https://app.hubspot.com/settings/4480123/user-preferences/email'), 'hubspot-connected-emails')).toBe(true);
  expect(isOnStepPage(new URL('https://app.hubspot.com/settings/4480123/users'), 'hubspot-connected-emails')).toBe(false);
  expect(isOnStepPage(new URL('https://app.hubspot.com/live-messages-settings/4480123/inboxes/147001/channels'), 'hubspot-channels')).toBe(true);
  expect(isOnStepPage(new URL('https://myaccount.google.com/connections/link?id=abc'), 'google-connections')).toBe(true);
  expect(isOnStepPage(new URL('https://myaccount.google.com/security'), 'google-connections')).toBe(false);
  expect(isOnStepPage(new URL('https://account.live.com/consent/Edit?app=1'), 'microsoft-live-consent')).toBe(true);
  expect(mayBeStepPage(new URL('https://app-eu1.hubspot.com/settings/1/user-preferences/email'))).toBe(true);
  expect(mayBeStepPage(new URL('https://app.hubspot.com/contacts/4480123'))).toBe(false);
  expect(mayBeStepPage(new URL('https://myapps.microsoft.com/manage?app=1'))).toBe(true);
  expect(mayBeStepPage(new URL('https://mail.google.com/mail/u/0/'))).toBe(false);
});
