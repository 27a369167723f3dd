import * as v from 'valibot';
import type { LabelKey } from '../labels/index';

/** What an action answers; a refusal names a label so the page can show it in its language. */
export type ActionResult =
  | { ok: true; redirect?: string }
  | { ok: false; status: number; code: LabelKey; vars?: Readonly<Record<string, string | number>> };

export const OK: ActionResult = { ok: true };

export function refuse(code: LabelKey, vars?: Record<string, string | number>, status = 409): ActionResult {
  return { ok: false, status, code, vars };
}

/** Parse a JSON body against a valibot schema; malformed bodies are a 400. */
export function parseBody<S extends v.GenericSchema>(
  schema: S,
  body: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; result: ActionResult } {
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, result: refuse('errorGeneric', undefined, 400) };
}
