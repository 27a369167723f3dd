import type { HostModule } from '../../core/host';

/** Every Microsoft hostname the sandbox serves (Graph, login, account pages). */
export const microsoftHosts: HostModule[] = [];
