import type { MessageKey } from '../../lib/i18n';
import type { RunStep } from '../../lib/plans';

/**
 * The confirm button of an api step's dialog says what it does (the dialog's title only says
 * "Please confirm"), in the words of the step's question: one label per flow with an api step
 * (tests/plans-ui/confirm-labels.test.ts fails when a flow is missing here).
 */
export const API_CONFIRM_LABELS: Readonly<Record<string, MessageKey>> = {
  'revoke-google-workspace': 'ui.plan.confirmDeleteAccess',
  'revoke-microsoft-admin': 'ui.plan.confirmDeletePermissions',
  'remove-user': 'ui.plan.confirmRemoveUser',
};

/** The label key for a step's confirm button; an unknown flow falls back to the step's own title. */
export function apiConfirmLabelKey(step: Pick<RunStep, 'flow' | 'title'>): MessageKey {
  return API_CONFIRM_LABELS[step.flow] ?? (step.title as MessageKey);
}
