/** Strings of the sign-in and connection settings (options page). Same keys in every locale. */
export const authNl = {} as const;
