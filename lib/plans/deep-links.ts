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

/** Settings > Users & Teams (hubspot.md §7). */
export const usersLink = (context: PlanContext): string => hubspot(context, `/settings/${context.portal.id}/users`);

/** One user's page under Users & Teams (the sandbox's chosen path; hubspot.md §7 only guesses it). */
export const userLink = (context: PlanContext): string =>
  context.person ? hubspot(context, `/settings/${context.portal.id}/users/user/${encodeURIComponent(context.person.userId)}`) : usersLink(context);

/** Account & Billing > Company info > points of contact (the sandbox's chosen path under hubspot.md §7's prefix). */
export const accountContactsLink = (context: PlanContext): string => hubspot(context, `/account-and-billing/${context.portal.id}/contacts`);

/** Settings > General > Security (the sandbox's chosen path). */
export const securityLink = (context: PlanContext): string => hubspot(context, `/settings/${context.portal.id}/security`);

/** Automation > Workflows [unverified path]. */
export const workflowsLink = (context: PlanContext): string => hubspot(context, `/workflows/${context.portal.id}`);

/** Sales > Meetings: scheduling pages, group and round-robin pages [unverified path]. */
export const meetingsLink = (context: PlanContext): string => hubspot(context, `/meetings/${context.portal.id}`);
