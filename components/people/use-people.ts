import type { HubSpotPortal } from '../../lib/auth/hubspot-portal';
import type { CrmRole, CrmTeam, CrmUser, Observation } from '../../lib/model';
import { readPartnerEmployeeDomain, readPartnerFacts } from '../../lib/partner/read-facts';
import { buildPeopleIndex, type PersonRow } from '../../lib/people/person-index';
import { signedInSelf, type SelfRef } from '../../lib/people/person-rules';
import type { StoreName } from '../../lib/store';
import { openStore } from '../../lib/store/open';
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../shared/use-live-query';
import { firstScreenRows, rememberFirstScreen, takeFirstScreen, type RememberedFirstScreen } from './first-screen-cache';

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
  /**
   * Interim: only the remembered first screen of the list (first-screen-cache.ts) while the full
   * read is still running — no roles, teams or users, no counts; views show it busy.
   */
  partial?: true;
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

/**
 * The People data, re-read (paced) whenever a store it shows changes, e.g. while a sync or an
 * import writes. Until the first full read is in, the list's remembered first screen (one small
 * record) stands in for it as `partial`; each full read remembers the new first screen.
 */
export function usePeople(locale: string): { value?: PeopleData; error?: string } {
  // Asked before the full read (state initialisers run before effects), so it is answered first.
  const [firstRead] = useState(takeFirstScreen);
  const full = useLiveQuery(STORES, loadPeople);
  const [first, setFirst] = useState<RememberedFirstScreen>();
  useEffect(() => {
    void firstRead.then(setFirst, () => undefined);
  }, [firstRead]);
  const portalId = full.value?.portal?.portalId;
  useEffect(() => {
    if (!full.value) return;
    const rows = full.value.rows;
    // After the list has painted: the sort for it costs a few tens of ms at 10,000 users.
    const timer = setTimeout(() => void rememberFirstScreen(rows, portalId, locale).catch(() => undefined), 1_000);
    return () => clearTimeout(timer);
  }, [full.value, portalId, locale]);
  const rows = first && firstScreenRows(first, locale);
  if (full.value || full.error || !rows) return full;
  return { value: { rows, users: [], roles: [], teams: [], ...(first.portal ? { portal: first.portal } : {}), partial: true } };
}
