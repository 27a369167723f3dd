/**
 * One input of a user import, as given: a CSV cell or a piece of typed text, with where it came
 * from (the CSV's line, or the position in the typed text) so the preview and the result table
 * can point back at it.
 */
export interface ImportEntry {
  input: string;
  /** 1-based line of the CSV file, or position in the typed list. */
  line: number;
}

/** The most entries one import takes: far beyond HubSpot's 100 per CSV, and still one small IndexedDB write per row. */
export const MAX_IMPORT_ENTRIES = 20_000;

/** The longest input kept per row (an address is at most 254 characters; the rest is noise). */
export const MAX_INPUT_LENGTH = 320;

export const clip = (text: string): string => (text.length > MAX_INPUT_LENGTH ? text.slice(0, MAX_INPUT_LENGTH) : text);
