/**
 * Graph permissions a token carries. Requested scopes may be short ("User.Read"), resource-
 * qualified ("https://graph.microsoft.com/User.Read") or ".default", which the sandbox reads as
 * "every permission it models was admin-consented" (real Entra grants the app's configured set).
 */
const GRAPH_RESOURCE = 'https://graph.microsoft.com/';

export const MODELLED_GRAPH_PERMISSIONS = [
  'User.Read', 'User.ReadBasic.All', 'Application.Read.All', 'Directory.Read.All',
  'DelegatedPermissionGrant.ReadWrite.All', 'AuditLog.Read.All',
] as const;

export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export function graphPermissions(scopes: readonly string[]): Set<string> {
  const granted = new Set<string>();
  for (const scope of scopes) {
    const short = scope.startsWith(GRAPH_RESOURCE) ? scope.slice(GRAPH_RESOURCE.length) : scope;
    if (short === '.default') MODELLED_GRAPH_PERMISSIONS.forEach((p) => granted.add(p));
    else if (!OIDC_SCOPES.includes(short)) granted.add(short);
  }
  return granted;
}

/** Reading grants (§6): Directory.Read.All at least. */
export const GRANT_READ = ['Directory.Read.All', 'DelegatedPermissionGrant.ReadWrite.All', 'Directory.ReadWrite.All'];
/** Deleting a grant (§6): DelegatedPermissionGrant.ReadWrite.All at least. */
export const GRANT_WRITE = ['DelegatedPermissionGrant.ReadWrite.All', 'Directory.ReadWrite.All'];
