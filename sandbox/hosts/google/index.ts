import type { HostModule } from '../../core/host';

/** Every Google hostname the sandbox serves (APIs, OAuth, account pages). */
export const googleHosts: HostModule[] = [];
