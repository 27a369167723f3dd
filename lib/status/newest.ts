/** The item with the latest `at` (ISO timestamps compare as strings), or undefined for none. */
export const newest = <T>(items: readonly T[], at: (item: T) => string): T | undefined =>
  items.reduce<T | undefined>((best, item) => (best === undefined || at(item) > at(best) ? item : best), undefined);
