import { browser } from 'wxt/browser';

/**
 * A Microsoft sign-in the options page started: its sign-in page may save a new admin credential
 * once, with this attempt's id. Without it a page may only renew a credential that is still
 * stored, so a sign-in tab left open after "Sign out" or "Clear local data" cannot bring the
 * tokens back. Kept in storage.session (extension contexts only), valid half an hour.
 */
export const SIGN_IN_ATTEMPT_PREFIX = 'inboxlink.ms-attempt:';
const VALID_MS = 30 * 60_000;

export async function beginMicrosoftSignIn(now: () => number = Date.now): Promise<string> {
  const attempt = crypto.randomUUID();
  await browser.storage.session.set({ [`${SIGN_IN_ATTEMPT_PREFIX}${attempt}`]: now() });
  return attempt;
}

/** True once for a started, recent attempt (it is used up); false for any other. */
export async function consumeMicrosoftSignIn(attempt: string, now: () => number = Date.now): Promise<boolean> {
  const key = `${SIGN_IN_ATTEMPT_PREFIX}${attempt}`;
  const started = (await browser.storage.session.get(key))[key];
  await browser.storage.session.remove(key);
  return typeof started === 'number' && now() - started <= VALID_MS;
}

/** Every started attempt is void (sign-out of Microsoft, clear local data). */
export async function forgetMicrosoftSignIns(): Promise<void> {
  const all = await browser.storage.session.get(null);
  await browser.storage.session.remove(Object.keys(all).filter((key) => key.startsWith(SIGN_IN_ATTEMPT_PREFIX)));
}
