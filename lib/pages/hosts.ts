import type { MailProvider } from '../model';

/** Mail web apps the inbox content script runs on, and the provider each one implies. */
export const MAIL_HOSTS = {
  'mail.google.com': 'google',
  'outlook.office.com': 'microsoft365',
  'outlook.office365.com': 'microsoft365',
  'outlook.live.com': 'outlook',
} as const satisfies Record<string, MailProvider>;
export type MailHost = keyof typeof MAIL_HOSTS;

/** Whether `host` is one of the mail web apps (own keys only: `toString` is not a mail host). */
export function isMailHost(host: string | undefined): host is MailHost {
  return host !== undefined && Object.hasOwn(MAIL_HOSTS, host);
}

/** Settings and consent pages the guide content script runs on. */
export const GUIDE_HOSTS = [
  'app.hubspot.com',
  'app-eu1.hubspot.com',
  'myaccount.google.com',
  'myapps.microsoft.com',
  // My Apps answers on both names (providers.md §8).
  'myapplications.microsoft.com',
  'account.live.com',
] as const;

/**
 * Every host a content script of ours may speak from (checked on each message). A function, so
 * the inbox content script, which imports this module, does not carry the list.
 */
export const contentHosts = (): readonly string[] => [...Object.keys(MAIL_HOSTS), ...GUIDE_HOSTS];

export const matchPatterns = (hosts: readonly string[]) => hosts.map((host) => `https://${host}/*`);

export function providerOfMailHost(host: string): MailProvider {
  return (MAIL_HOSTS as Record<string, MailProvider>)[host] ?? 'unknown';
}
