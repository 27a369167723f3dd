import { saveGoogleSignIn } from '../../../auth/google';
import type { Handlers } from '../../../messaging/router';

export const googleSave: NonNullable<Handlers['auth/google/save']> = async ({ accessToken }) => saveGoogleSignIn(accessToken);
