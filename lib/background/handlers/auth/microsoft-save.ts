import type { AuthDeps } from '../../../auth/deps';
import { consumeMicrosoftSignIn } from '../../../auth/microsoft/attempts';
import { saveMicrosoftSession } from '../../../auth/microsoft/save';
import type { Handlers } from '../../../messaging/router';
import { startAdminSync } from '../../admin-sync';

export type MicrosoftSaveHandler = NonNullable<Handlers['auth/microsoft/save']>;

/**
 * A sign-in page's tokens: a new credential only for a sign-in the options page started (its
 * attempt, used once); anything else only renews a credential that is still stored, so a page
 * left open after sign-out or "Clear local data" cannot save the tokens again. A new sign-in
 * starts the Entra grant sync at once (a renewal does not: nothing new to list).
 */
export function createMicrosoftSaveHandler(deps: Partial<AuthDeps> = {}, sync: () => void = startAdminSync): MicrosoftSaveHandler {
  return async ({ attempt, ...session }) => {
    if (attempt !== undefined && (await consumeMicrosoftSignIn(attempt))) {
      const saved = await saveMicrosoftSession(session, deps);
      if (saved.ok) sync();
      return saved;
    }
    return saveMicrosoftSession(session, deps, 'microsoft-renew', true);
  };
}

export const microsoftSave: MicrosoftSaveHandler = createMicrosoftSaveHandler();
