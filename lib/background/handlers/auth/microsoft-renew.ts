import { renewMicrosoftToken } from '../../../auth/microsoft/refresh';
import type { Handlers } from '../../../messaging/router';

export const microsoftRenew: NonNullable<Handlers['auth/microsoft/renew']> = async ({ account }) => renewMicrosoftToken(account);
