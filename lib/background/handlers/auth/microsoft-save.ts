import { saveMicrosoftSession } from '../../../auth/microsoft/save';
import type { Handlers } from '../../../messaging/router';

export const microsoftSave: NonNullable<Handlers['auth/microsoft/save']> = async (session) => saveMicrosoftSession(session);
