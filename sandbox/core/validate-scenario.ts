import { readFile } from 'node:fs/promises';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from '../schema/scenario.schema.json';
import type { Scenario } from './scenario';
import { findReferenceProblems, type ScenarioProblem } from './scenario-references';

/**
 * A scenario that must not be served. `message` names the first offending field by its JSON
 * pointer (`scenario invalid: /users/3/status must be one of active, deactivated, removed`);
 * `problems` lists every problem found.
 */
export class ScenarioError extends Error {
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[], source?: string) {
    const shown = problems.slice(0, 5).map((p) => `${p.path || '/'} ${p.message}`);
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    const where = source ? ` (${source})` : '';
    super(`scenario invalid${where}: ${shown.join('; ')}${more}`);
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

// useDefaults stays off: validation never mutates the caller's object, so GET /state serves back
// exactly what was PUT. Readers apply the schema defaults where they read (status ?? 'active').
const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults: false });
addFormats(ajv);
const validateSchema = ajv.compile<Scenario>(schema);

/** Checks `input` against the scenario schema and its cross references; returns it typed. */
export function validateScenario(input: unknown, source?: string): Scenario {
  if (!validateSchema(input)) {
    throw new ScenarioError(uniqueProblems((validateSchema.errors ?? []).map(describeSchemaError)), source);
  }
  const problems = findReferenceProblems(input);
  if (problems.length > 0) throw new ScenarioError(problems, source);
  return input;
}

/** Parses JSON text as a scenario; a syntax error is a ScenarioError too. */
export function parseScenario(text: string, source?: string): Scenario {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError([{ path: '', message: `is not valid JSON: ${(error as Error).message}` }], source);
  }
  return validateScenario(parsed, source);
}

/** Reads and validates a scenario file. */
export async function readScenarioFile(file: string): Promise<Scenario> {
  return parseScenario(await readFile(file, 'utf8'), file);
}

function describeSchemaError(error: ErrorObject): ScenarioProblem {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return { path, message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'required':
      return { path: `${path}/${String(params.missingProperty)}`, message: 'is required' };
    case 'additionalProperties':
      return { path: `${path}/${String(params.additionalProperty)}`, message: 'is not a known property' };
    case 'format':
      return { path, message: `must be a valid ${String(params.format)}` };
    default:
      return { path, message: error.message ?? `fails ${error.keyword}` };
  }
}

function uniqueProblems(problems: ScenarioProblem[]): ScenarioProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path} ${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
