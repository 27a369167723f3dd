import * as v from 'valibot';
import { Address, Path } from './fields';

/**
 * What the guide content script reads of HubSpot's partner settings (lib/pages/hubspot/
 * partner-settings.ts): on any settings page whether the sidebar has a Partner section, and on
 * Settings > Partner > Automation the saved partner employee email domain. The host comes from
 * the browser-stamped sender; the portal must be the one the page's path names.
 */
export const partnerSeenProtocol = {
  'partner/seen': {
    senders: ['content'],
    request: v.object({
      path: Path,
      portalId: v.pipe(v.string(), v.regex(/^\d{1,12}$/)),
      /** The sidebar shows a Partner section (always true on the Automation page itself). */
      partner: v.boolean(),
      /** Who the page shows signed in, when it shows one. */
      user: v.optional(Address),
      automation: v.optional(
        v.object({
          /** The saved domain, lower case; null for an empty field. */
          domain: v.nullable(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1), v.maxLength(253))),
          editable: v.boolean(),
        }),
      ),
    }),
    response: v.object({ stored: v.number() }),
  },
} as const;
