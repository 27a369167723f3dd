/** Strings of diagnostic findings: titles, evidence and fixes. Same keys in every locale. */
export const findingsSv = {} as const;
