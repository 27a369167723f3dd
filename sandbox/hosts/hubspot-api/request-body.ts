import type { ApiCall } from './api-call';
import { contractValidator, describeAjvErrors } from './contract';
import { validationError } from './errors';

export type BodyResult<T> = { ok: true; body: T } | { ok: false; response: Response };

/**
 * The JSON request body, checked against the endpoint's `requestBody` schema from the contract.
 * Malformed JSON and schema violations are 400 VALIDATION_ERROR, worded like HubSpot's
 * "Invalid input JSON on line 1, column N" answers.
 */
export async function readJsonBody<T>(call: ApiCall): Promise<BodyResult<T>> {
  const text = await call.request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, response: validationError(`Invalid input JSON: ${reason}`) };
  }
  const ref = call.endpoint.requestBody?.$ref;
  if (ref) {
    const validate = contractValidator(ref);
    if (!validate(body)) {
      const errors = describeAjvErrors(validate.errors, 'body').map((detail) => ({ ...detail, code: 'INVALID_INPUT' }));
      return { ok: false, response: validationError(`Invalid input: ${errors.map((e) => e.message).join('; ')}`, errors) };
    }
  }
  return { ok: true, body: body as T };
}
