import type { Scenario } from './scenario';

/** One line of the request log served at https://sandbox.test/requests (newest last). */
export interface RequestLogEntry {
  seq: number;
  at: string;
  method: string;
  host: string;
  path: string;
  query: string;
  status: number;
  /** First 2 KB of a JSON or form request body, for assertions such as "no DELETE twice". */
  body?: string;
}

/**
 * The sandbox's world: the scenario (the single source of truth, mutated in place by API calls
 * and page actions, and served back by GET /state) plus ephemeral runtime state that is not part
 * of a scenario (request log, rate-limit windows, OAuth codes...).
 */
export class World {
  scenario: Scenario;
  readonly requests: RequestLogEntry[] = [];
  /** Per-module scratch space that PUT /state resets, e.g. issued OAuth codes. Key by module. */
  runtime = new Map<string, unknown>();
  private clockOffsetMs = 0;
  private seq = 0;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.setClock(scenario.now);
  }

  /** Replace the whole world (PUT /state). The request log is kept: it is a record of traffic. */
  replace(scenario: Scenario): void {
    this.scenario = scenario;
    this.runtime = new Map();
    this.setClock(scenario.now);
  }

  /** The sandbox clock: the scenario's `now` at start, then advancing in real time. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  /** Module scratch space, created on first use. */
  scratch<T>(key: string, create: () => T): T {
    if (!this.runtime.has(key)) this.runtime.set(key, create());
    return this.runtime.get(key) as T;
  }

  log(entry: Omit<RequestLogEntry, 'seq' | 'at'>): void {
    this.requests.push({ seq: ++this.seq, at: this.now().toISOString(), ...entry });
    // Bound memory for long benchmark runs; tests read far fewer than this.
    if (this.requests.length > 50_000) this.requests.splice(0, 10_000);
  }

  private setClock(now: string | undefined): void {
    this.clockOffsetMs = now ? Date.parse(now) - Date.now() : 0;
  }
}
