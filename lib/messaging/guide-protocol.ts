import * as v from 'valibot';
import { LOCALES } from '../i18n';

/**
 * What the guide content script may ask about a running plan: only the current guided step for
 * its own page (the host comes from the browser-stamped sender). It cannot advance a plan: a step
 * completes on what the observers report, or on the user's confirmation in the side panel.
 */

export const GuidePageSchema = v.picklist([
  'hubspot-connected-emails', 'hubspot-channels', 'hubspot-users', 'hubspot-account-contacts', 'hubspot-security', 'hubspot-partner-automation',
  'google-connections', 'microsoft-my-apps', 'microsoft-live-consent',
]);

const LabelKey = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const GuideStepSchema = v.object({
  planId: v.string(),
  stepId: v.string(),
  /** Label keys of the page's label table (lib/pages/...): the content script picks the page's language. */
  target: v.object({
    page: GuidePageSchema,
    labelKey: LabelKey,
    then: v.pipe(v.array(LabelKey), v.maxLength(10)),
    rowAddress: v.optional(v.string()),
    account: v.optional(v.string()),
    /** The text the field named `labelKey` must hold before the next label (the partner domain). */
    fill: v.optional(v.pipe(v.string(), v.maxLength(253))),
  }),
  /** What the observers report for this step; absent for a step an API checks (a people plan's). */
  observeKind: v.optional(v.picklist(['crm-personal-inbox', 'crm-team-channel', 'provider-grant', 'partner-domain'])),
  /**
   * Already in the user's language (content scripts carry no catalogs); `explain` quotes the
   * page's own labels in the page's language, as the page shows them.
   */
  title: v.string(),
  explain: v.string(),
  /** The label of the banner's button that opens the side panel, where the user confirms. */
  openPanelLabel: v.string(),
  /**
   * Why nothing is outlined when the page disagrees with the step (lib/guide/highlight/find-target.ts
   * GuideRefusal), in the user's language, naming the step's address.
   */
  refusals: v.optional(v.object({
    'no-row': v.string(),
    'several-rows': v.string(),
    'other-dialog': v.string(),
    'unknown-account': v.string(),
    'wrong-account': v.string(),
  })),
});
export type GuideStep = v.InferOutput<typeof GuideStepSchema>;
export type GuideStepPage = GuideStep['target']['page'];

export const guideProtocol = {
  /** The running plan's current guided step for the sender's page, or null. */
  'guide/current-step': {
    senders: ['content'],
    request: v.object({
      /**
       * The page's language as the highlighter reads it (`<html lang>`): the explanation quotes the
       * page's buttons in it. Optional: a content script from before it asks without.
       */
      pageLocale: v.optional(v.picklist(LOCALES)),
    }),
    response: v.nullable(GuideStepSchema),
  },
} as const;
