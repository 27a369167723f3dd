/**
 * In-memory Google Admin SDK and Graph clients answering from a sandbox scenario's providerGrants
 * (until lib/clients' Google and Graph clients land). They throw the real typed errors.
 */
import { NotFoundError } from '../../lib/clients/errors';
import type { Scenario } from '../../sandbox/core/scenario';
import type { GoogleSyncClient, GraphPermissionGrant, GraphSyncClient } from '../../lib/sync/clients';

export function fakeGoogleClient(scenario: () => Scenario, calls: string[] = []): GoogleSyncClient {
  return {
    async listUserTokens(userKey) {
      calls.push(userKey);
      const domains = scenario().directories?.googleWorkspace?.map((w) => w.domain) ?? [];
      if (!domains.includes(userKey.split('@')[1] ?? '')) throw new NotFoundError({ status: 404, service: 'google', message: 'Resource Not Found: userKey' });
      const grants = (scenario().providerGrants ?? []).filter((g) => g.provider === 'google' && g.address === userKey);
      const items = grants.map((g) => ({ clientId: g.clientId ?? g.app, scopes: g.scopes ?? [], displayText: g.app }));
      return items.length ? { items } : {};
    },
  };
}

const userId = (address: string) => `user-${address}`;

export function fakeGraphClient(scenario: () => Scenario, pageSize = 3): GraphSyncClient {
  const principal = () => scenario().directories?.entraTenants?.[0]?.servicePrincipals?.[0];
  function grants(): GraphPermissionGrant[] {
    const sp = principal();
    return (scenario().providerGrants ?? [])
      .filter((g) => g.provider === 'microsoft365' && g.clientId === sp?.appId)
      .map((g) => ({
        id: `grant-${g.address}`,
        clientId: sp?.id ?? '',
        consentType: g.consentType ?? 'Principal',
        principalId: userId(g.address),
        resourceId: 'graph',
        scope: (g.scopes ?? []).join(' '),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
  return {
    async findServicePrincipal({ displayName }) {
      const sp = principal();
      return sp && sp.displayName === displayName ? sp : undefined;
    },
    async listPermissionGrants({ after }) {
      const all = grants();
      const start = after ? all.findIndex((g) => g.id === after) + 1 : 0;
      const results = all.slice(start, start + pageSize);
      const last = results.at(-1);
      return { results, ...(last && start + pageSize < all.length ? { nextAfter: last.id } : {}) };
    },
    async getUser(id) {
      const address = id.replace(/^user-/, '');
      return { id, mail: address, userPrincipalName: address };
    },
  };
}
