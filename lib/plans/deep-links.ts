/**
 * Where each step sends the user. HubSpot paths are the sandbox's chosen list
 * (sandbox/hosts/hubspot-app/README.md, after hubspot.md §7), on the portal's own UI host (US or
 * EU data centre); provider pages are providers.md §3 and §8.
 */
import type { PlanContext, UiHost } from './types';

export const UI_HOSTS: readonly UiHost[] = ['app.hubspot.com', 'app-eu1.hubspot.com'];

/** A stored uiDomain we do not know falls back to the US host rather than an arbitrary origin. */
export function uiHostOf(value: string | undefined): UiHost {
  return UI_HOSTS.find((host) => host === value) ?? 'app.hubspot.com';
}

const hubspot = (context: PlanContext, path: string): string => `https://${context.portal.uiHost}${path}`;

/** Settings > Integrations > Email integrations, tab "Connected emails". */
export const connectedEmailsLink = (context: PlanContext): string =>
  hubspot(context, `/settings/${context.portal.id}/user-preferences/email`);

/** Settings > Partner > Automation: the partner employee email domain. */
export const partnerAutomationLink = (context: PlanContext): string =>
  hubspot(context, `/settings/${context.portal.id}/partner/automation`);

/** Conversations inbox settings > Channels; the inbox list when the inbox is not known. */
export const channelsLink = (context: PlanContext): string =>
  context.inboxId === undefined
    ? hubspot(context, `/live-messages-settings/${context.portal.id}/inboxes`)
    : hubspot(context, `/live-messages-settings/${context.portal.id}/inboxes/${encodeURIComponent(context.inboxId)}/channels`);

export const GOOGLE_CONNECTIONS_URL = 'https://myaccount.google.com/connections';
export const MY_APPS_URL = 'https://myapps.microsoft.com';
export const LIVE_CONSENT_URL = 'https://account.live.com/consent/Manage';
