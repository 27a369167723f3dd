import type { Handlers } from '../../../messaging/router';
import { planAdvance } from './plan-advance';
import { planStart } from './plan-start';
import { planStepApps } from './plan-step-apps';

/** Handlers of lib/messaging/plan-protocol.ts, one file each. */
export const planHandlers: Handlers = {
  'plan/start': planStart,
  'plan/advance': planAdvance,
  'plan/step-apps': planStepApps,
};
