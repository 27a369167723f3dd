import type { HubSpotPortal } from '../../lib/auth/hubspot-portal';
import type { CrmRole, CrmTeam, CrmUser, Observation } from '../../lib/model';
import { readPartnerEmployeeDomain, readPartnerFacts } from '../../lib/partner/read-facts';
import { buildPeopleIndex, type PersonRow } from '../../lib/people/person-index';
import { signedInSelf, type SelfRef } from '../../lib/people/person-rules';
import type { StoreName } from '../../lib/store';
import { openStore } from '../../lib/store/open';
import { useLiveQuery } from '../shared/use-live-query';

/** Everything the People page shows, from the extension's IndexedDB (offline too). */
export interface PeopleData {
  rows: PersonRow[];
  users: CrmUser[];
  roles: CrmRole[];
  teams: CrmTeam[];
  portal?: HubSpotPortal;
  /** On a partner portal whose employee domain the guide has read (issue 14's reading: lib/partner/read-facts.ts). */
  partnerDomain?: string;
  /** Who is signed in to HubSpot, as its settings pages of this portal showed (unknown until one was seen). */
  self?: SelfRef;
}

const STORES: StoreName[] = ['crmUsers', 'roles', 'teams', 'historyEvents', 'mailboxes', 'observations', 'channelAccounts', 'grants', 'meta'];
/** The observations a mailbox's status reads (not the signed-in addresses, which are most of them). */
const MAILBOX_KINDS: Observation['kind'][] = ['crm-personal-inbox', 'crm-team-channel', 'provider-grant'];

/** One read transaction, then the pure join (lib/people/person-index.ts). */
export async function loadPeople(): Promise<PeopleData> {
  const db = await openStore();
  const tx = db.transaction(['crmUsers', 'roles', 'teams', 'historyEvents', 'mailboxes', 'observations', 'channelAccounts', 'grants', 'meta'], 'readonly');
  const kinds = tx.objectStore('observations').index('kind');
  const [users, roles, teams, logins, mailboxes, channelAccounts, grants, portal, ...observed] = await Promise.all([
    tx.objectStore('crmUsers').getAll(),
    tx.objectStore('roles').getAll(),
    tx.objectStore('teams').getAll(),
    tx.objectStore('historyEvents').index('source').getAll('hubspot-logins'),
    tx.objectStore('mailboxes').getAll(),
    tx.objectStore('channelAccounts').getAll(),
    tx.objectStore('grants').getAll(),
    tx.objectStore('meta').get('hubspotPortal') as Promise<HubSpotPortal | undefined>,
    ...MAILBOX_KINDS.map((kind) => kinds.getAll(kind)),
  ]);
  await tx.done;
  const rows = buildPeopleIndex({ users, roles, teams, logins, mailboxes, observations: observed.flat(), channelAccounts, grants });
  const [partner, self] = portal ? await Promise.all([readPartnerEmployeeDomain(), readPartnerFacts().then(signedInSelf)]) : [];
  const partnerDomain = partner?.current.seen ? partner.current.domain : undefined;
  return { rows, users, roles, teams, ...(portal ? { portal } : {}), ...(partnerDomain ? { partnerDomain } : {}), ...(self ? { self } : {}) };
}

/** The People data, re-read (paced) whenever a store it shows changes, e.g. while a sync or an import writes. */
export function usePeople(): { value?: PeopleData; error?: string } {
  return useLiveQuery(STORES, loadPeople);
}
