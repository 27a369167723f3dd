import { beginMicrosoftSignIn } from '../../../auth/microsoft/attempts';
import type { Handlers } from '../../../messaging/router';

export const microsoftBegin: NonNullable<Handlers['auth/microsoft/begin']> = async () => ({ attempt: await beginMicrosoftSignIn() });
