import type { Handlers } from '../../messaging/router';
import { repo } from '../../store/repo';

/** Clears local data and tokens (confirmed in the UI); the audit log keeps the record of it. */
export const dataClear: NonNullable<Handlers['data/clear']> = async () => {
  const cleared = await repo.clearByPolicy('sign-out');
  await repo.appendAudit({ at: new Date().toISOString(), actor: 'user', action: 'clear-local-data', subject: 'local', result: 'ok', detail: cleared.join(', ') });
  return { cleared };
};
