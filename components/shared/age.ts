import type { Translate } from '../../lib/i18n';

/** "5 min", "3 h", "2 d": how old a piece of data is, in the UI language. */
export function formatAge(iso: string | null | undefined, now: number, t: Translate): string {
  if (!iso) return '—';
  const minutes = Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
  if (minutes < 1) return t('age.justNow');
  if (minutes < 60) return t('age.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('age.hours', { count: hours });
  return t('age.days', { count: Math.floor(hours / 24) });
}
