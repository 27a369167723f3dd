/**
 * What the people handlers read from the store, each in one read transaction: the users for an
 * import's preview (with the partner domain), and one person's snapshot for composing their plan
 * (their personal mailboxes with everything known about each, every user for the last-Super-Admin
 * rule, the admins' capabilities, the portal and the user signed in to HubSpot, as its pages showed).
 */
import type { HubSpotPortal } from '../../auth/hubspot-portal';
import { normalizeAddress, type CrmUser } from '../../model';
import type { PreviewSnapshot } from '../../people/import-preview';
import type { PersonSnapshot } from '../../people/compose-person-plans';
import { readPartnerEmployeeDomain, readPartnerFacts } from '../../partner/read-facts';
import { signedInSelf } from '../../people/person-rules';
import { readPlanInputs } from '../../plans/inputs';
import { uiHostOf } from '../../plans/deep-links';
import type { StoreAccess } from '../../store/access';

async function portalOf(access: StoreAccess): Promise<HubSpotPortal | undefined> {
  return (await (await access.db()).get('meta', 'hubspotPortal')) as HubSpotPortal | undefined;
}

export async function readPreviewSnapshot(access: StoreAccess): Promise<PreviewSnapshot> {
  const [users, partner] = await Promise.all([(await access.db()).getAll('crmUsers'), readPartnerEmployeeDomain(access)]);
  const domain = partner?.current.seen ? partner.current.domain : null;
  return { users, ...(domain ? { partnerDomain: domain } : {}) };
}

/**
 * The addresses of a user's personal inboxes: mailbox records of theirs, rows of their own
 * Connected emails page, and their own address when the provider shows HubSpot's access to it (an
 * admin's grant sync lists every user's; no HubSpot API lists a user's connected inbox).
 */
async function personalAddresses(access: StoreAccess, user: CrmUser): Promise<string[]> {
  const db = await access.db();
  const own = normalizeAddress(user.email);
  const [mailboxes, observed, grants] = await Promise.all([
    db.getAllFromIndex('mailboxes', 'kind', 'personal'),
    db.getAllFromIndex('observations', 'kind', 'crm-personal-inbox'),
    db.getAllFromIndex('grants', 'address', own),
  ]);
  const addresses = new Set<string>();
  for (const mailbox of mailboxes) if (mailbox.userId === user.id || mailbox.address === user.email) addresses.add(mailbox.address);
  if (grants.length > 0) addresses.add(own);
  for (const o of observed) {
    const scope = typeof o.value.scope === 'string' ? o.value.scope : '';
    if (scope.endsWith(`:user:${user.email}`)) addresses.add(normalizeAddress(o.address));
  }
  return [...addresses].sort();
}

export async function readPersonSnapshot(access: StoreAccess, userId: string): Promise<PersonSnapshot | 'unknown-user' | 'no-portal'> {
  const db = await access.db();
  const [user, users, portal] = await Promise.all([db.get('crmUsers', userId), db.getAll('crmUsers'), portalOf(access)]);
  if (!user) return 'unknown-user';
  if (!portal) return 'no-portal';
  const inputs = await Promise.all((await personalAddresses(access, user)).map((address) => readPlanInputs(access, address)));
  const self = signedInSelf(await readPartnerFacts(access));
  return {
    user,
    users,
    mailboxes: inputs.map((input) => ({ facts: input.facts, capabilities: input.capabilities })),
    portal: { id: portal.portalId, uiHost: uiHostOf(portal.uiDomain) },
    ...(self ? { self } : {}),
  };
}
