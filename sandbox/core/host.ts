import type { World } from './world';

/** What every host handler gets besides the request. */
export interface SandboxContext {
  world: World;
  /** The request URL, parsed once. Its host is the real hostname (api.hubapi.com, ...). */
  url: URL;
}

/**
 * One module per served host (or family of hosts). A handler maps a Fetch Request to a Response,
 * so the same code runs behind the HTTPS server, in unit tests and in benchmarks.
 */
export interface HostModule {
  /** Hostnames this module answers, exactly as browsers send them (no port). */
  hosts: readonly string[];
  handle(request: Request, ctx: SandboxContext): Promise<Response> | Response;
  /**
   * Whether the scenario's random faults (latencyMs, errorRate) hit this module's hosts. APIs say
   * true; web pages leave it out so a flaky-API scenario still renders its pages. When absent the
   * core falls back to its own list of known API hostnames (see core/faults.ts). Explicit
   * `failOn` rules apply to any host they name.
   */
  isApi?: boolean;
  /**
   * An injected fault (errorRate or failOn) answered in this provider's own error shape. When
   * absent the core answers with a generic shape chosen by hostname (HubSpot, Google, Graph).
   */
  faultResponse?(status: number, ctx: SandboxContext): Response;
}
