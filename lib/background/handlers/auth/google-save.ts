import { saveGoogleSignIn } from '../../../auth/google';
import type { Handlers } from '../../../messaging/router';
import { startAdminSync } from '../../admin-sync';

export type GoogleSaveHandler = NonNullable<Handlers['auth/google/save']>;

/** Saves the Workspace admin's sign-in, then starts the grant sync at once (not awaited). */
export function createGoogleSaveHandler(deps: { save?: typeof saveGoogleSignIn; sync?: () => void } = {}): GoogleSaveHandler {
  const { save = saveGoogleSignIn, sync = startAdminSync } = deps;
  return async ({ accessToken }) => {
    const result = await save(accessToken);
    if (result.ok) sync();
    return result;
  };
}

export const googleSave: GoogleSaveHandler = createGoogleSaveHandler();
