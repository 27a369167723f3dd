import { signOutGoogle } from '../../../auth/google';
import type { Handlers } from '../../../messaging/router';

export const googleSignOut: NonNullable<Handlers['auth/google/sign-out']> = async ({ account }) => signOutGoogle(account);
