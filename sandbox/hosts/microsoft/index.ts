import type { HostModule } from '../../core/host';
import { graphHost } from './graph';
import { microsoftLoginHost } from './login';

/** Every Microsoft hostname the sandbox serves (Graph, login, account pages). See README.md. */
export const microsoftHosts: HostModule[] = [graphHost, microsoftLoginHost];

export { grantId, userObjectId, uuidV5, GRAPH_APP_ID, CONSUMER_TENANT_ID } from './ids';
export { graphServicePrincipal } from './directory';
