import type { HostModule } from '../../core/host';
import { graphHost } from './graph';
import { liveConsentHost } from './live-consent-page';
import { microsoftLoginHost } from './login';
import { myAppsHost } from './myapps-page';

/** Every Microsoft hostname the sandbox serves (Graph, login, account pages). See README.md. */
export const microsoftHosts: HostModule[] = [graphHost, microsoftLoginHost, myAppsHost, liveConsentHost];

export { grantId, userObjectId, uuidV5, GRAPH_APP_ID, CONSUMER_TENANT_ID } from './ids';
export { graphServicePrincipal } from './directory';
