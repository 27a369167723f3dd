import { isMessageKey, type Translate } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/error-text';

/**
 * A failure the options have no sentence for: its kind in the user's words (lib/i18n/error-text),
 * never the error's own text or code ("user_cancelled", an English exception message).
 */
export function unexpectedFailureText(t: Translate, error: unknown): string {
  // MSAL's code when the user closed the sign-in window.
  if (typeof error === 'object' && error !== null && (error as { errorCode?: unknown }).errorCode === 'user_cancelled') return t('auth.error.cancelled');
  return t('auth.error.failed', { message: errorText(t, error) });
}

/** The translated text of a failure reason; unknown reasons fall back to the generic message. */
export function failureText(t: Translate, provider: 'hubspot' | 'google' | 'microsoft', failure: { reason: string; detail?: string; missingScopes?: string[] }): string {
  if (failure.reason === 'offline') return t('auth.error.offline');
  if (failure.reason === 'missing-scopes') return t('auth.hubspot.error.missing-scopes', { scopes: (failure.missingScopes ?? []).join(', ') });
  const key = `auth.${provider}.error.${failure.reason}`;
  if (isMessageKey(key)) return t(key);
  return unexpectedFailureText(t, failure.detail ?? failure.reason);
}

export function formatTime(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : at.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
}
