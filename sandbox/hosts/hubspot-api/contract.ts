import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import contractJson from '../../schema/hubspot-contract.json';

/**
 * The HubSpot contract (sandbox/schema/hubspot-contract.json) as the server uses it: the endpoint
 * list drives routing and scope checks, and its JSON Schemas validate parameters and request
 * bodies, so paths, scopes and shapes cannot drift from the file.
 */
export interface ContractParameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: Record<string, unknown>;
}

export interface ContractEndpoint {
  method: string;
  path: string;
  scopesAnyOf: string[];
  parameters: ContractParameter[];
  requestBody: { $ref: string } | null;
  responses: Record<string, { $ref: string } | null>;
}

export interface Contract {
  about: string;
  baseUrl: string;
  endpoints: ContractEndpoint[];
  schemas: Record<string, unknown>;
}

export const contract = contractJson as unknown as Contract;

/** The $id under which the whole contract is registered, so `#/schemas/NAME` refs resolve. */
export const CONTRACT_ID = 'https://inboxlink.invalid/hubspot-contract.json';

/** An Ajv (draft 2020-12 + formats) that knows the contract; shared by the server and the tests. */
export function createContractAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ ...contract, $id: CONTRACT_ID });
  return ajv;
}

let sharedAjv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** A validator for a contract schema ref such as `#/schemas/PublicUser`, compiled once. */
export function contractValidator(ref: string): ValidateFunction {
  let validate = compiled.get(ref);
  if (!validate) {
    sharedAjv ??= createContractAjv();
    validate = sharedAjv.compile({ $ref: `${CONTRACT_ID}${ref}` });
    compiled.set(ref, validate);
  }
  return validate;
}

/** A validator for an inline schema (a parameter's), compiled once per schema object. */
const inlineCompiled = new WeakMap<object, ValidateFunction>();
export function inlineValidator(schema: Record<string, unknown>): ValidateFunction {
  let validate = inlineCompiled.get(schema);
  if (!validate) {
    sharedAjv ??= createContractAjv();
    validate = sharedAjv.compile(schema);
    inlineCompiled.set(schema, validate);
  }
  return validate;
}

/** Ajv errors as HubSpot-style error details (`in` names the offending field). */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined, where: string): { message: string; in: string }[] {
  return (errors ?? []).map((error) => {
    const missing = error.keyword === 'required' ? String((error.params as { missingProperty?: string }).missingProperty) : '';
    const field = missing || error.instancePath.replace(/^\//, '').replace(/\//g, '.') || where;
    return { message: missing ? `${field} is required` : `${field} ${error.message ?? 'is invalid'}`, in: field };
  });
}
