import type { AuthDeps } from '../../../auth/deps';
import { consumeMicrosoftSignIn } from '../../../auth/microsoft/attempts';
import { saveMicrosoftSession } from '../../../auth/microsoft/save';
import type { Handlers } from '../../../messaging/router';

export type MicrosoftSaveHandler = NonNullable<Handlers['auth/microsoft/save']>;

/**
 * A sign-in page's tokens: a new credential only for a sign-in the options page started (its
 * attempt, used once); anything else only renews a credential that is still stored, so a page
 * left open after sign-out or "Clear local data" cannot save the tokens again.
 */
export function createMicrosoftSaveHandler(deps: Partial<AuthDeps> = {}): MicrosoftSaveHandler {
  return async ({ attempt, ...session }) => {
    if (attempt !== undefined && (await consumeMicrosoftSignIn(attempt))) return saveMicrosoftSession(session, deps);
    return saveMicrosoftSession(session, deps, 'microsoft-renew', true);
  };
}

export const microsoftSave: MicrosoftSaveHandler = createMicrosoftSaveHandler();
