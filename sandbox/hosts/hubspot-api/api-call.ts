import type { World } from '../../core/world';
import type { HubSpotToken } from './auth';
import type { ContractEndpoint } from './contract';
import type { ParamValues } from './params';

/** One authenticated, routed request, as every endpoint handler receives it. */
export interface ApiCall {
  world: World;
  request: Request;
  url: URL;
  endpoint: ContractEndpoint;
  /** Path and query parameters, typed as the contract declares them (defaults applied). */
  params: ParamValues;
  /** The bearer token's scenario entry; undefined on endpoints that need no Authorization. */
  token: HubSpotToken | undefined;
}

export type ApiHandler = (call: ApiCall) => Response | Promise<Response>;
