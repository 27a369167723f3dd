import * as v from 'valibot';

/** Field schemas shared by the content-script messages. */
export const Address = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254));
export const Path = v.pipe(v.string(), v.maxLength(2048), v.startsWith('/'));
/** A flat record of small values: what a page showed, never free text of any length. */
export const ObservationValue = v.record(
  v.pipe(v.string(), v.maxLength(64)),
  v.nullable(v.union([v.pipe(v.string(), v.maxLength(512)), v.number(), v.boolean()])),
);
