/**
 * What the guide content script highlights for a guided step: the page, the button's label key
 * in that page's label table (lib/pages/...), the buttons that follow in order (a confirm dialog,
 * the next page), and the row the button belongs to. Label keys, never label text: the guide
 * picks the text in the page's own language.
 */
import type { GoogleConnectionsLabels } from '../pages/google/labels';
import type { HubSpotLabelKey } from '../pages/hubspot/labels';
import type { PeopleLabelKey } from '../pages/hubspot/people-labels';
import type { LiveConsentLabels, MyAppsLabels } from '../pages/microsoft/labels';

export interface GuidePageLabels {
  'hubspot-connected-emails': HubSpotLabelKey;
  'hubspot-channels': HubSpotLabelKey;
  'hubspot-users': PeopleLabelKey;
  'hubspot-account-contacts': PeopleLabelKey;
  'hubspot-security': PeopleLabelKey;
  'hubspot-partner-automation': HubSpotLabelKey;
  'google-connections': Exclude<keyof GoogleConnectionsLabels, 'titles' | 'signedInAs'>;
  'microsoft-my-apps': Exclude<keyof MyAppsLabels, 'title' | 'signedInAs'>;
  'microsoft-live-consent': Exclude<keyof LiveConsentLabels, 'title' | 'signedInAs'>;
}

export type GuidePage = keyof GuidePageLabels;

export type GuideTarget = {
  [P in GuidePage]: {
    page: P;
    labelKey: GuidePageLabels[P];
    /** Buttons to press after labelKey, in order (e.g. the dialog's "Yes, disable"). */
    then?: readonly GuidePageLabels[P][];
    /** The list row the button belongs to (HubSpot lists many inboxes and channels). */
    rowAddress?: string;
    /** The account that must be signed in on the provider's page. */
    account?: string;
    /**
     * What the field named labelKey must hold before `then` (HubSpot's partner domain field): the
     * field is pointed at until it does, then the button. The user types it; the guide never does.
     */
    fill?: string;
  };
}[GuidePage];
