import type { HostModule } from '../../core/host';

/** api.hubapi.com: HubSpot's public API as the sandbox serves it (growing; see README.md). */
export const hubspotApiHost: HostModule = {
  hosts: ['api.hubapi.com'],
  handle: () =>
    new Response(JSON.stringify({ status: 'error', message: 'Not implemented yet', correlationId: crypto.randomUUID(), category: 'OBJECT_NOT_FOUND' }), {
      status: 404,
      headers: { 'content-type': 'application/json;charset=utf-8' },
    }),
};
