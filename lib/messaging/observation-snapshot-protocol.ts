import * as v from 'valibot';
import { Address, ObservationValue, Path } from './fields';

/**
 * A content script's full reading of one list on a page (the rows of HubSpot's Connected emails,
 * the channels of one inbox, HubSpot's entry on a provider's consent page). Unlike
 * `observation/report`, a snapshot also says what is NOT there any more: an address observed
 * before on the same host, path and scope but missing now is recorded as gone (an inbox removed
 * in HubSpot simply disappears from its list). The host comes from the browser-stamped sender.
 */

export const SnapshotKindSchema = v.picklist(['crm-personal-inbox', 'crm-team-channel', 'provider-grant']);
export type SnapshotKind = v.InferOutput<typeof SnapshotKindSchema>;

/**
 * How much of its list the page showed (lib/pages/dom/list-completeness.ts): 'complete', or why
 * not — searched or filtered, one page of several, partly rendered, or a page that may hide an
 * entry anyway (My Apps). Only a complete list can show that something is gone.
 */
export const SnapshotListingSchema = v.picklist(['complete', 'filtered', 'paginated', 'partial', 'may-hide']);
export type SnapshotListing = v.InferOutput<typeof SnapshotListingSchema>;

export const observationSnapshotProtocol = {
  'observation/snapshot': {
    senders: ['content'],
    request: v.object({
      kind: SnapshotKindSchema,
      path: Path,
      /**
       * Whose list this is, as the page shows it: e.g. `portal:4480123:user:anna@x.example` on
       * Connected emails, `inbox:147001` on Channels, the signed-in account on a consent page.
       * Only earlier snapshots of the same scope are compared, so one user's list never marks
       * another user's inboxes as removed.
       */
      scope: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
      items: v.pipe(v.array(v.object({ address: Address, value: ObservationValue })), v.maxLength(500)),
      /** A content script from before this field proves nothing missing: its lists count as partial. */
      listing: v.optional(SnapshotListingSchema, 'partial'),
    }),
    /**
     * How many observations were written for listed items, how many addresses were marked gone,
     * and how many "gone" readings proved nothing (not a complete list, or no action of the user there).
     */
    response: v.object({ stored: v.number(), gone: v.number(), unproven: v.number() }),
  },
  /**
   * The user's own press on a guided page (a trusted click the guide saw): a button of `address`'s
   * row on HubSpot's lists, or of HubSpot's entry on a consent page (`address` = the signed-in
   * account). Only after such an action on that page can the page's "gone" count. The host and
   * tab come from the browser-stamped sender; a content script can claim nothing else.
   */
  'observation/acted': {
    senders: ['content'],
    request: v.object({ kind: SnapshotKindSchema, address: Address }),
    response: v.object({ stored: v.boolean() }),
  },
} as const;
