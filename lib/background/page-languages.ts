import type { Locale } from '../i18n';
import type { LabelTable } from '../i18n/page-labels';
import { repo } from '../store/repo';

declare module '../store/records' {
  interface MetaMap {
    /**
     * The language each site's pages were last seen in (the guide reports `<html lang>`): the side
     * panel quotes a step's buttons as that page shows them, with the translation beside them.
     */
    pageLanguages: Partial<Record<LabelTable, Locale>>;
  }
}

/** Remembers `table`'s pages' language; writes only when it changed. */
export async function rememberPageLanguage(table: LabelTable, locale: Locale): Promise<void> {
  const known = (await repo.getMeta('pageLanguages')) ?? {};
  if (known[table] === locale) return;
  await repo.setMeta('pageLanguages', { ...known, [table]: locale });
}
