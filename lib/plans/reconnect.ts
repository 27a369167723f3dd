/**
 * What HubSpot will ask for when the mailbox is connected again, per provider, for the side
 * panel's last section. Google: one consent for every HubSpot feature at once (seeds/000 §6,
 * hubspot.md §8). Microsoft 365: the Graph scopes of hubspot.md §8. Outlook.com: the same
 * Microsoft consent; HubSpot's exact Outlook.com scopes are unverified. IMAP: server settings and
 * a test email (hubspot.md §8).
 */
import type { MailProvider } from '../model';
import type { PlanMessageKey } from './i18n';

export interface ReconnectItem {
  label: PlanMessageKey;
  /** The permission's technical name where the provider shows one on its consent screen. */
  scope?: string;
}

export interface ReconnectInfo {
  provider: MailProvider;
  intro: PlanMessageKey;
  items: readonly ReconnectItem[];
}

export const MICROSOFT_SCOPES = ['Mail.ReadWrite', 'Mail.Send', 'Calendars.Read', 'Calendars.ReadWrite', 'offline_access', 'email', 'openid', 'User.Read'] as const;

const microsoftItems: readonly ReconnectItem[] = MICROSOFT_SCOPES.map((scope) => ({ label: `plan.reconnect.scope.${scope}`, scope }));

export const RECONNECT: Readonly<Record<MailProvider, ReconnectInfo>> = {
  google: {
    provider: 'google',
    intro: 'plan.reconnect.google.intro',
    items: [
      { label: 'plan.reconnect.google.inbox' },
      { label: 'plan.reconnect.google.meetings' },
      { label: 'plan.reconnect.google.documents' },
      { label: 'plan.reconnect.google.searchConsole' },
    ],
  },
  microsoft365: { provider: 'microsoft365', intro: 'plan.reconnect.microsoft365.intro', items: microsoftItems },
  outlook: { provider: 'outlook', intro: 'plan.reconnect.outlook.intro', items: microsoftItems },
  imap: {
    provider: 'imap',
    intro: 'plan.reconnect.imap.intro',
    items: [
      { label: 'plan.reconnect.imap.incoming' },
      { label: 'plan.reconnect.imap.outgoing' },
      { label: 'plan.reconnect.imap.test' },
      { label: 'plan.reconnect.imap.allowlist' },
    ],
  },
  unknown: { provider: 'unknown', intro: 'plan.reconnect.unknown.intro', items: [] },
};

export const reconnectInfo = (provider: MailProvider): ReconnectInfo => RECONNECT[provider];
