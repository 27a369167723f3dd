import type { Handlers } from '../../../messaging/router';
import { importCancel, importResume, importStart } from './import';
import { offboardStart, personPlanStart } from './plans';

/** Handlers of lib/messaging/people-protocol.ts. */
export const peopleHandlers: Handlers = {
  'people/import-start': importStart,
  'people/import-resume': importResume,
  'people/import-cancel': importCancel,
  'people/offboard-start': offboardStart,
  'people/plan-start': personPlanStart,
};
