import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import { MessagingError } from '../../lib/messaging';
import type { RunPlan } from '../../lib/plans';
import type { PlanMessageKey } from '../../lib/plans/i18n';
import { repo } from '../../lib/store/repo';

/**
 * Which words a failed `plan/advance` gets; its raw text never reaches the user. A rejection that
 * is not the background's own answer means the message channel closed under the worker (it was
 * stopped or restarted mid-event, e.g. "the message channel closed before a response was
 * received"): the runner resumes the plan when the worker starts, so the panel says it is
 * checking. An answer the background sent as a failure gets the plain "could not finish".
 */
export function failureNoticeKey(error: unknown): PlanMessageKey {
  return error instanceof MessagingError ? 'plan.notice.failed' : 'plan.notice.restarted';
}

/**
 * What the user reads when the runner refused an event: the reason in words, never its code
 * ("plan-not-running"). The runner's reasons (lib/plans/runner.ts, step-work.ts) are codes; one
 * the panel does not know yet gets the plain "Nothing was changed".
 */
const REFUSAL_KEYS: Readonly<Record<string, MessageKey>> = {
  'not-current-step': 'ui.plan.refused.movedOn',
  'unknown-step': 'ui.plan.refused.movedOn',
  'plan-not-running': 'ui.plan.refused.notRunning',
  'unknown-plan': 'ui.plan.refused.unknownPlan',
  'api-step-needs-run': 'ui.plan.refused.automatic',
  'not-an-api-step': 'ui.plan.refused.automatic',
  verifiable: 'ui.plan.refused.automatic',
  'not-confirmed': 'ui.plan.refused.notConfirmed',
  'typed-mismatch': 'ui.plan.refused.typedMismatch',
  // Only reaches the notice for an event other than Run (Run opens Microsoft's consent instead).
  'write-consent-needed': 'ui.plan.refused.writeConsent',
};

export function refusalKey(reason: string): MessageKey {
  return Object.prototype.hasOwnProperty.call(REFUSAL_KEYS, reason) ? REFUSAL_KEYS[reason]! : 'ui.plan.refused';
}

interface Notice {
  text: string;
  /** The stored plan's `updatedAt` when the notice was said. */
  version: string;
}

/** The plan's stored version now: the panel's copy may still wait for a change event. */
async function storedVersion(plan: RunPlan): Promise<string> {
  try {
    return (await repo.get('plans', plan.id))?.updatedAt ?? plan.updatedAt;
  } catch {
    return plan.updatedAt;
  }
}

/**
 * A notice about the plan as stored when it was said (a refusal, a failed event). Any later change
 * of the stored plan, which reaches the panel as a change event, clears it: the checklist then
 * shows what happened instead.
 */
export function usePlanNotice(plan: RunPlan) {
  const [notice, setNotice] = useState<Notice>();
  return {
    text: notice?.version === plan.updatedAt ? notice.text : '',
    clear: () => setNotice(undefined),
    say: async (text: string) => {
      const version = await storedVersion(plan);
      setNotice({ text, version });
    },
  };
}
