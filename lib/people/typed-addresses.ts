import { clip, type ImportEntry } from './entries';

/**
 * Addresses typed or pasted into the add-users field: separated by spaces, commas, semicolons or
 * new lines (HubSpot's own field takes spaces only, seed 003). A list copied from a mail program
 * ("Ada Lovelace <ada@example.com>; Bob <bob@example.com>") keeps each address in its angle
 * brackets and drops the names around it. Nothing is validated here: the preview says what each
 * piece is.
 */
export function entriesFromTypedText(text: string): ImportEntry[] {
  const entries: ImportEntry[] = [];
  // A quoted display name ("Berg, Anna") may hold commas: it is a name, never an address.
  for (const part of text.replace(/"[^"\n]*"/g, ' ').split(/[,;\r\n]+/)) {
    const bracketed = [...part.matchAll(/<([^<>]*)>/g)].map((match) => match[1] ?? '');
    const pieces = bracketed.length > 0 ? bracketed : part.split(/\s+/);
    for (const piece of pieces) {
      const input = piece.trim();
      if (input) entries.push({ input: clip(input), line: entries.length + 1 });
    }
  }
  return entries;
}
