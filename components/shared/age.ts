import type { Translate } from '../../lib/i18n';
import { formatElapsed } from '../../lib/i18n/relative-time';

/** How old a piece of data is ("5 minutes ago", "vor 3 Stunden"), in the translator's language. */
export function formatAge(iso: string | null | undefined, now: number, t: Translate): string {
  if (!iso) return '—';
  return formatElapsed(t.locale, now - Date.parse(iso)) ?? t('age.justNow');
}
