import * as v from 'valibot';

/** The fields of Graph's answers that Inboxlink reads (providers.md §6, §7). */

export const GraphUserSchema = v.object({
  id: v.string(),
  displayName: v.nullish(v.string()),
  mail: v.nullish(v.string()),
  userPrincipalName: v.nullish(v.string()),
});
export type GraphUser = v.InferOutput<typeof GraphUserSchema>;

export const ServicePrincipalSchema = v.object({
  /** Object id: what a grant's clientId refers to. */
  id: v.string(),
  /** Application (client) id. */
  appId: v.string(),
  displayName: v.nullish(v.string()),
  /** The tenant that registered the application: the customer's own for an app registered in it. */
  appOwnerOrganizationId: v.nullish(v.string()),
  /** Graph answers an object of nulls when the publisher is not verified. */
  verifiedPublisher: v.nullish(v.object({ displayName: v.nullish(v.string()), verifiedPublisherId: v.nullish(v.string()) })),
});
export type ServicePrincipal = v.InferOutput<typeof ServicePrincipalSchema>;

export const PermissionGrantSchema = v.pipe(
  v.object({
    id: v.string(),
    clientId: v.string(),
    consentType: v.picklist(['AllPrincipals', 'Principal']),
    principalId: v.nullish(v.string()),
    resourceId: v.string(),
    scope: v.nullish(v.string()),
  }),
  v.transform((grant) => ({
    id: grant.id,
    clientId: grant.clientId,
    consentType: grant.consentType,
    principalId: grant.principalId ?? null,
    resourceId: grant.resourceId,
    scopes: (grant.scope ?? '').split(/\s+/).filter(Boolean),
  })),
);
export type PermissionGrant = v.InferOutput<typeof PermissionGrantSchema>;

/** The signed-in admin's organisation (tenant): its id. */
export const OrganizationSchema = v.object({ id: v.string(), displayName: v.nullish(v.string()) });
export type Organization = v.InferOutput<typeof OrganizationSchema>;

/** An OData collection page. */
export function collectionSchema<S extends v.GenericSchema>(item: S) {
  return v.object({ value: v.array(item), '@odata.nextLink': v.optional(v.string()) });
}

/**
 * An OData `$filter` of `prop eq 'value'` clauses joined by `and`. A quote inside a value is
 * doubled, as OData string literals require, so a display name cannot break out of the filter.
 */
export function eqFilter(clauses: Record<string, string | undefined>): string | undefined {
  const parts = Object.entries(clauses)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([property, value]) => `${property} eq '${value.replace(/'/g, "''")}'`);
  return parts.length ? parts.join(' and ') : undefined;
}
