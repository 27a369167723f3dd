/**
 * What a content script saw on a page, stored with its source and time. For personal inboxes and
 * consumer grants there is no API, so these observations are the only evidence there is.
 */
export type ObservationKind =
  /** The address signed in to Gmail or Outlook on the web. */
  | 'signed-in-address'
  /** A row of HubSpot's Connected emails page: personal inbox and its state. */
  | 'crm-personal-inbox'
  /** A team channel listed on HubSpot's Channels page. */
  | 'crm-team-channel'
  /** HubSpot listed (or not) on a provider's consent page. */
  | 'provider-grant'
  /**
   * Settings > Partner > Automation: the partner employee email domain the page shows
   * (`{portalId, domain, editable, user}`). `address` is the portal's subject, `partner:{portalId}`.
   */
  | 'partner-domain'
  /**
   * Any HubSpot settings page's sidebar: whether it has a Partner section (`{portalId, partner,
   * user}`): a partner account. `address` is `partner:{portalId}`, as above.
   */
  | 'partner-section';

export interface Observation {
  id?: number;
  kind: ObservationKind;
  /** Lower-case mailbox address the observation is about (`partner:{portalId}` for the partner kinds). */
  address: string;
  /** Page host, e.g. mail.google.com. */
  host: string;
  /** Page path without query or fragment (they may carry personal data). */
  path: string;
  /**
   * The Microsoft organisation the page's URL named (My Apps' `?tenantId=`), lower case; absent
   * where the page names none. Host and path name the rest of the page's context
   * (observation-context.ts).
   */
  tenant?: string;
  /** Kind-specific value, e.g. {state: 'disabled'} or {present: false, app: 'HubSpot'}. */
  value: Record<string, string | number | boolean | null>;
  observedAt: string;
}
