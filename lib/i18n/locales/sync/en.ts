/** Strings about the background sync and its degraded states. Same keys in every locale. */
export const syncEn = {} as const;
