/** Strings of diagnostic findings: titles, evidence and fixes. Same keys in every locale. */
export const findingsEn = {} as const;
