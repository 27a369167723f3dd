import type { Observation } from '../../lib/model';

/** HubSpot's UI hosts (US and EU data centres); a stored uiDomain outside these is ignored. */
const UI_HOSTS = ['app.hubspot.com', 'app-eu1.hubspot.com'] as const;

/** The portal's Connected emails page, where HubSpot lists personal inboxes (hubspot.md §7). */
export function connectedEmailsUrl(portalId: number | undefined, uiDomain: string | undefined): string {
  const host = UI_HOSTS.find((known) => known === uiDomain) ?? UI_HOSTS[0];
  return portalId === undefined ? `https://${host}/` : `https://${host}/settings/${portalId}/user-preferences/email`;
}

/** A portal id seen on HubSpot's page with the inbox, when no token told us one. */
export function portalIdObserved(observations: readonly Observation[]): number | undefined {
  const seen = observations.find((o) => o.kind === 'crm-personal-inbox' && typeof o.value.portalId === 'number');
  return seen ? (seen.value.portalId as number) : undefined;
}
