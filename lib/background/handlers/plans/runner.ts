import { createPlanRunner, storedPlanClients, type PlanRunner } from '../../../plans';
import { createStoreAccess } from '../../../store/access';

let shared: PlanRunner | undefined;

/**
 * The worker's one plan runner. One instance per worker life, because the runner serializes the
 * events of a plan in memory (a double click must not race itself); every state it acts on lives
 * in IndexedDB, so a new worker's runner picks up where the last one stopped.
 */
export function backgroundPlanRunner(): PlanRunner {
  if (!shared) {
    const access = createStoreAccess();
    shared = createPlanRunner({ access, clients: storedPlanClients(access), actor: 'user' });
  }
  return shared;
}
