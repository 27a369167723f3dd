/** Strings of the popup and the side panel. Same keys in every locale. */
export const uiDe = {} as const;
