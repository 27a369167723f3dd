import { saveGraphWriteAccess } from '../../../auth/microsoft/write-access';
import type { Handlers } from '../../../messaging/router';

export const microsoftWriteAccess: NonNullable<Handlers['auth/microsoft/write-access']> = async ({ attempt: _ignored, ...session }) => saveGraphWriteAccess(session);
