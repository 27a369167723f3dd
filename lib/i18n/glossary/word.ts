/**
 * A whole word or phrase, case-insensitive, with Unicode-aware edges: JavaScript's \b knows only
 * ASCII letters, so "\bstron" would also match inside a word after "ę". `body` is a regular
 * expression source.
 */
export function word(body: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

/** The same, but the phrase may continue into a longer word ("Freigabe" in "Freigaben"). */
export function wordStart(body: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})`, flags);
}
