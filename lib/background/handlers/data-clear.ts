import { clearLocalData } from '../../auth/clear-local-data';
import type { Handlers } from '../../messaging/router';

/** Clears local data and every token (confirmed in the UI); the audit log keeps the record of it. */
export const dataClear: NonNullable<Handlers['data/clear']> = async () => clearLocalData();
