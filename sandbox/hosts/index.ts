import type { HostModule } from '../core/host';
import { sandboxTestHost } from './sandbox-test';
import { gmailHost } from './gmail';
import { outlookHost } from './outlook';
import { hubspotApiHost } from './hubspot-api/index';
import { hubspotAppHost } from './hubspot-app/index';
import { googleHosts } from './google/index';
import { microsoftHosts } from './microsoft/index';

/** Every host the sandbox serves. Each module owns its hostnames; the core routes by Host. */
export const hostModules: readonly HostModule[] = [
  sandboxTestHost,
  gmailHost,
  outlookHost,
  hubspotApiHost,
  hubspotAppHost,
  ...googleHosts,
  ...microsoftHosts,
];
