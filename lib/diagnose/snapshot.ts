/**
 * What the rules read: the stores they need, copied out of one read-only transaction (so every
 * rule sees the same moment), plus each address's facts gathered once. Plain data: rules stay pure
 * functions, testable with a hand-made snapshot (`makeSnapshot`) and no IndexedDB. The read itself
 * lives beside the store (lib/store/reads/diagnose-snapshot.ts).
 */
import {
  normalizeAddress,
  type ChannelAccount,
  type CrmOwner,
  type CrmUser,
  type Mailbox,
  type Observation,
  type ProviderGrant,
} from '../model';
import { isPartnerSubject, type PartnerPortal } from '../partner/facts';
import type { StoreName } from '../store/db-types';

/** Everything known about one address, across stores. */
export interface AddressFacts {
  address: string;
  mailbox?: Mailbox;
  observations: Observation[];
  /** Channel accounts (team inboxes) whose delivery address this is, live or not. */
  channelAccounts: ChannelAccount[];
  grants: ProviderGrant[];
  /** HubSpot users with this login address (normally one; a removed and a new one may share it). */
  users: CrmUser[];
  owners: CrmOwner[];
}

export interface SnapshotRecords {
  mailboxes: readonly Mailbox[];
  observations: readonly Observation[];
  crmUsers: readonly CrmUser[];
  owners: readonly CrmOwner[];
  channelAccounts: readonly ChannelAccount[];
  grants: readonly ProviderGrant[];
}

export interface DiagnoseSnapshot extends SnapshotRecords {
  /** Every address any store mentions, sorted, with its facts. */
  byAddress: ReadonlyMap<string, AddressFacts>;
  /**
   * The addresses with anything seen on either side of a link — an observation, a channel
   * account, a grant — in byAddress's order. Every per-address rule needs one of those to find
   * anything, so the rules walk this list: a big portal's users without a mailbox (8,000 of
   * 10,000) are not in it.
   */
  onEitherSide: readonly AddressFacts[];
  /** The connected HubSpot portal (meta `hubspotPortal`): whose partner settings the rules judge. */
  portal?: PartnerPortal;
}

/** The stores the rules read: a change to any of them can change the findings. */
export const DIAGNOSED_STORES = ['mailboxes', 'observations', 'crmUsers', 'owners', 'channelAccounts', 'grants'] as const satisfies readonly StoreName[];

/**
 * Shared by every address that has none of a kind (most of a big portal's 10,000 addresses have
 * no observation, grant or channel): replaced by its own array on the first push, never mutated.
 */
const NONE: never[] = [];

function emptyFacts(address: string): AddressFacts {
  return { address, observations: NONE, channelAccounts: NONE, grants: NONE, users: NONE, owners: NONE };
}

type ListKey = 'observations' | 'channelAccounts' | 'grants' | 'users' | 'owners';

function add<K extends ListKey>(facts: AddressFacts, key: K, item: AddressFacts[K][number]): void {
  const list = facts[key] as unknown[];
  if (list === NONE) (facts[key] as unknown[]) = [item];
  else list.push(item);
}

/** Builds the per-address index from plain records; tests call it with hand-made records. */
export function makeSnapshot(records: Partial<SnapshotRecords> = {}, portal?: PartnerPortal): DiagnoseSnapshot {
  const parts: SnapshotRecords = {
    mailboxes: records.mailboxes ?? [],
    observations: records.observations ?? [],
    crmUsers: records.crmUsers ?? [],
    owners: records.owners ?? [],
    channelAccounts: records.channelAccounts ?? [],
    grants: records.grants ?? [],
  };
  const facts = new Map<string, AddressFacts>();
  const at = (address: string): AddressFacts => {
    const key = normalizeAddress(address);
    let found = facts.get(key);
    if (!found) facts.set(key, (found = emptyFacts(key)));
    return found;
  };
  for (const mailbox of parts.mailboxes) at(mailbox.address).mailbox = mailbox;
  // A portal's partner settings are about the account, not an address: the partner rules read them.
  for (const observation of parts.observations) if (!isPartnerSubject(observation.address)) add(at(observation.address), 'observations', observation);
  for (const account of parts.channelAccounts) if (account.address) add(at(account.address), 'channelAccounts', account);
  for (const grant of parts.grants) add(at(grant.address), 'grants', grant);
  for (const user of parts.crmUsers) add(at(user.email), 'users', user);
  for (const owner of parts.owners) if (owner.email) add(at(owner.email), 'owners', owner);
  // Code-unit order (addresses are lower case): a locale-aware sort of 10,000 keys costs tens of ms.
  // The default sort of strings is that order, without a comparator called from JS per pair.
  const byAddress = new Map<string, AddressFacts>();
  const onEitherSide: AddressFacts[] = [];
  for (const key of [...facts.keys()].sort()) {
    const found = facts.get(key) as AddressFacts;
    byAddress.set(key, found);
    if (found.observations !== NONE || found.channelAccounts !== NONE || found.grants !== NONE) onEitherSide.push(found);
  }
  return { ...parts, byAddress, onEitherSide, ...(portal ? { portal } : {}) };
}
