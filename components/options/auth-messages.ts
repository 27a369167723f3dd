import type { MessageKey, Translate } from '../../lib/i18n';
import { en } from '../../lib/i18n/locales/en';

/** The translated text of a failure reason; unknown reasons fall back to the generic message. */
export function failureText(t: Translate, provider: 'hubspot' | 'google' | 'microsoft', failure: { reason: string; detail?: string; missingScopes?: string[] }): string {
  if (failure.reason === 'offline') return t('auth.error.offline');
  if (failure.reason === 'missing-scopes') return t('auth.hubspot.error.missing-scopes', { scopes: (failure.missingScopes ?? []).join(', ') });
  const key = `auth.${provider}.error.${failure.reason}`;
  if (isKey(key)) return t(key);
  return t('auth.error.failed', { message: failure.detail ?? failure.reason });
}

const isKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);

export function formatTime(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : at.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
}
