import { signOutMicrosoft } from '../../../auth/microsoft/save';
import type { Handlers } from '../../../messaging/router';

export const microsoftSignOut: NonNullable<Handlers['auth/microsoft/sign-out']> = async ({ account }) => signOutMicrosoft(account);
