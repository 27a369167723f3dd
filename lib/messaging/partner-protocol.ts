import * as v from 'valibot';

/**
 * The Partner view's one intent: start the guided change of the partner employee domain to
 * `domain` (or answer the change already running). The background checks again what the view
 * checked — a partner portal, the signed-in HubSpot user a Super Admin, a domain that is no
 * shared mail domain — and refuses otherwise; the change itself is made by the user on HubSpot's
 * page and verified there (lib/plans/flows/change-partner-domain.ts).
 */
export const PartnerChangeRefusalSchema = v.picklist(['no-portal', 'not-partner', 'not-super-admin', 'invalid-domain', 'shared-domain']);
export type PartnerChangeRefusal = v.InferOutput<typeof PartnerChangeRefusalSchema>;

export const partnerProtocol = {
  'partner/change-domain': {
    senders: ['extension'],
    request: v.object({ domain: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1), v.maxLength(253)) }),
    response: v.union([v.object({ planId: v.string() }), v.object({ refused: PartnerChangeRefusalSchema })]),
  },
} as const;
