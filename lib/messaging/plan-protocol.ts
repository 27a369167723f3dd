import * as v from 'valibot';
import { Address } from './fields';

/**
 * What the popup and the side panel may ask of the plan runner (extension pages only; content
 * scripts get read-only `guide/current-step`). The UI cannot claim an observation: guided steps
 * complete on what the observers stored, or on the user's own confirmation. `run-api` carries
 * `confirmed: true` only from the side panel's confirm dialog; the runner refuses it otherwise.
 */

/** `${flow}/${key}`, or in a people plan `${flow}/${key}@${address}`. */
const StepId = v.pipe(v.string(), v.minLength(1), v.maxLength(400));

export const PlanUiEventSchema = v.variant('type', [
  v.object({ type: v.literal('confirmed'), stepId: StepId }),
  v.object({
    type: v.literal('run-api'), stepId: StepId, confirmed: v.boolean(),
    /** The address the user typed to confirm an irreversible step (the runner compares it again). */
    typed: v.optional(v.pipe(v.string(), v.maxLength(400))),
    /** Candidate app ids the admin approved as HubSpot's in the dialog (shown with name, id, access, publisher). */
    apps: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(256))), v.maxLength(20))),
  }),
  v.object({ type: v.literal('cancel') }),
  v.object({ type: v.literal('resume') }),
]);
export type PlanUiEvent = v.InferOutput<typeof PlanUiEventSchema>;

/** An app the current api step would act on, as the confirm dialog shows it. */
export const StepAppSchema = v.object({
  id: v.string(),
  name: v.string(),
  scopes: v.array(v.string()),
  publisher: v.optional(v.string()),
  identity: v.picklist(['known', 'confirmed', 'candidate']),
});
export type StepApp = v.InferOutput<typeof StepAppSchema>;

/** Why a plan could not start: `no-portal` = HubSpot is not connected (connect it first). */
export const PlanStartRefusalSchema = v.picklist(['no-portal']);

export const planProtocol = {
  /** Starts the unlink plan for a mailbox, or answers the one already running for it. */
  'plan/start': {
    senders: ['extension'],
    request: v.object({ address: Address }),
    response: v.union([
      v.object({ planId: v.string() }),
      v.object({ refused: PlanStartRefusalSchema }),
    ]),
  },
  /**
   * What the plan's current api step would remove, listed now through the admin's API (read
   * only), for its confirm dialog: which apps are HubSpot's and which need the admin's word.
   */
  'plan/step-apps': {
    senders: ['extension'],
    request: v.object({ planId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)), stepId: StepId }),
    response: v.union([
      v.object({ apps: v.array(StepAppSchema) }),
      v.object({ refused: v.picklist(['not-current-api-step', 'unavailable']) }),
    ]),
  },
  /** One user event for a plan; `refused` names why the runner did nothing. */
  'plan/advance': {
    senders: ['extension'],
    request: v.object({ planId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)), event: PlanUiEventSchema }),
    response: v.object({ changed: v.boolean(), status: v.nullable(v.string()), refused: v.optional(v.string()) }),
  },
} as const;
