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
}
