import { inlineValidator, type ContractEndpoint, type ContractParameter } from './contract';
import type { ErrorDetail } from './errors';

/**
 * Reads an endpoint's path and query parameters as its contract declares them: strings become
 * integers, booleans or arrays (repeated `?channelId=1&channelId=2`, or comma-separated), then
 * each value is checked against the parameter's JSON Schema. Unknown query parameters are
 * ignored, as HubSpot does.
 */
export type ParamValues = Record<string, unknown>;

export type ParamsResult = { ok: true; values: ParamValues } | { ok: false; errors: ErrorDetail[] };

function coerceScalar(raw: string, type: unknown): unknown {
  if (type === 'integer' || type === 'number') {
    const trimmed = raw.trim();
    return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw;
  }
  if (type === 'boolean') {
    const lower = raw.toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : raw;
  }
  return raw;
}

function rawValues(parameter: ContractParameter, url: URL, pathParams: Record<string, string>): string[] {
  if (parameter.in === 'path') {
    const value = pathParams[parameter.name];
    return value === undefined ? [] : [value];
  }
  return url.searchParams.getAll(parameter.name);
}

function coerce(parameter: ContractParameter, raws: string[]): unknown {
  const schema = parameter.schema;
  if (schema.type === 'array') {
    const itemType = (schema.items as { type?: unknown } | undefined)?.type;
    return raws.flatMap((raw) => raw.split(',')).filter((raw) => raw !== '').map((raw) => coerceScalar(raw, itemType));
  }
  return coerceScalar(raws[0] ?? '', schema.type);
}

export function readParams(endpoint: ContractEndpoint, url: URL, pathParams: Record<string, string>): ParamsResult {
  const values: ParamValues = {};
  const errors: ErrorDetail[] = [];
  for (const parameter of endpoint.parameters) {
    const raws = rawValues(parameter, url, pathParams);
    if (raws.length === 0) {
      if (parameter.required) errors.push({ message: `${parameter.name} is required`, in: parameter.name, code: 'REQUIRED' });
      else if ('default' in parameter.schema) values[parameter.name] = parameter.schema.default;
      continue;
    }
    const value = coerce(parameter, raws);
    const validate = inlineValidator(parameter.schema);
    if (!validate(value)) {
      const reasons = (validate.errors ?? []).map((error) => error.message ?? 'is invalid').join(', ');
      errors.push({ message: `${parameter.name} ${reasons}`, in: parameter.name, code: 'INVALID_PARAMETER' });
      continue;
    }
    values[parameter.name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}
