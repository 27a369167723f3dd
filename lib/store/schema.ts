/**
 * THE registry of everything Inboxlink persists in IndexedDB: the database name and version, and
 * for each object store its key, indexes and clear policy. Migrations (migrations.ts) must build
 * exactly this; tests/store/registry.test.ts compares the two.
 */
import type { IndexNames } from 'idb';
import type { InboxlinkDB, StoreMap, StoreName } from './db-types';

export const DB_NAME = 'inboxlink';
/** Bump together with a new entry in MIGRATIONS (migrations.ts). */
export const DB_VERSION = 4;

/**
 * When a store is emptied. 'hubspot-disconnect': data read with the HubSpot token (cleared when
 * the token is removed, so another portal never sees it). 'sign-out': everything else local.
 * 'never': the audit log, which must outlive both.
 */
export type ClearPolicy = 'sign-out' | 'hubspot-disconnect' | 'never';
export type ClearTrigger = Exclude<ClearPolicy, 'never'>;

/** Which policies each trigger clears: signing out also disconnects HubSpot. */
export const CLEARED_BY: Readonly<Record<ClearTrigger, readonly ClearPolicy[]>> = {
  'hubspot-disconnect': ['hubspot-disconnect'],
  'sign-out': ['hubspot-disconnect', 'sign-out'],
};

type Field<T> = Extract<keyof T, string>;

export interface IndexDef<T, N extends string = string> {
  readonly name: N;
  /** A field of the record, or several for a compound index. */
  readonly keyPath: Field<T> | readonly Field<T>[];
  readonly unique?: boolean;
  readonly multiEntry?: boolean;
}

export interface StoreDef<T, N extends string = string> {
  /** In-line key field; absent for out-of-line keys (`meta`). */
  readonly keyPath?: Field<T>;
  readonly autoIncrement?: boolean;
  readonly indexes: readonly IndexDef<T, N>[];
  readonly clearOn: ClearPolicy;
  /** Schema version that created the store. */
  readonly since: number;
  readonly holds: string;
}

type Registry = { readonly [K in StoreName]: StoreDef<StoreMap[K], IndexNames<InboxlinkDB, K>> };

export const STORES = {
  mailboxes: {
    keyPath: 'address',
    indexes: [
      { name: 'provider', keyPath: 'provider' },
      { name: 'kind', keyPath: 'kind' },
      { name: 'portalId', keyPath: 'portalId' },
    ],
    clearOn: 'sign-out',
    since: 1,
    holds: 'Every mailbox seen: signed in, on HubSpot pages, or through an API.',
  },
  observations: {
    keyPath: 'id',
    autoIncrement: true,
    indexes: [
      { name: 'address', keyPath: 'address' },
      { name: 'kind', keyPath: 'kind' },
      { name: 'address_kind', keyPath: ['address', 'kind'] },
      { name: 'observedAt', keyPath: 'observedAt' },
    ],
    clearOn: 'sign-out',
    since: 1,
    holds: 'What content scripts saw on pages; the only evidence where no API exists.',
  },
  crmUsers: {
    keyPath: 'id',
    indexes: [
      { name: 'email', keyPath: 'email' },
      { name: 'status', keyPath: 'status' },
    ],
    clearOn: 'hubspot-disconnect',
    since: 2,
    holds: 'HubSpot users (users API), with roles, teams and status.',
  },
  owners: {
    keyPath: 'id',
    indexes: [
      { name: 'email', keyPath: 'email' },
      { name: 'userIdIncludingInactive', keyPath: 'userIdIncludingInactive' },
    ],
    clearOn: 'hubspot-disconnect',
    since: 2,
    holds: 'HubSpot owners; archived owners are deactivated users.',
  },
  teams: { keyPath: 'id', indexes: [], clearOn: 'hubspot-disconnect', since: 2, holds: 'HubSpot teams.' },
  roles: { keyPath: 'id', indexes: [], clearOn: 'hubspot-disconnect', since: 2, holds: 'HubSpot roles.' },
  inboxes: {
    keyPath: 'id',
    indexes: [],
    clearOn: 'hubspot-disconnect',
    since: 2,
    holds: 'Conversations inboxes.',
  },
  channelAccounts: {
    keyPath: 'id',
    indexes: [
      { name: 'address', keyPath: 'address' },
      { name: 'inboxId', keyPath: 'inboxId' },
    ],
    clearOn: 'hubspot-disconnect',
    since: 2,
    holds: 'Conversations channel accounts: the CRM side of team inboxes.',
  },
  grants: {
    keyPath: 'key',
    indexes: [
      { name: 'address', keyPath: 'address' },
      { name: 'provider', keyPath: 'provider' },
    ],
    clearOn: 'sign-out',
    since: 2,
    holds: 'Provider grants to HubSpot (Google, Microsoft 365, Outlook.com).',
  },
  findings: {
    keyPath: 'id',
    indexes: [{ name: 'subject', keyPath: 'subject' }],
    clearOn: 'hubspot-disconnect',
    since: 2,
    holds: 'Diagnoses; recomputed from the other stores, so safe to drop.',
  },
  plans: {
    keyPath: 'id',
    indexes: [
      { name: 'status', keyPath: 'status' },
      { name: 'subject', keyPath: 'subject' },
    ],
    clearOn: 'sign-out',
    since: 2,
    holds: 'Guided flow runs and their steps; a running plan survives a token change.',
  },
  audit: {
    keyPath: 'id',
    autoIncrement: true,
    indexes: [
      { name: 'at', keyPath: 'at' },
      { name: 'subject', keyPath: 'subject' },
    ],
    clearOn: 'never',
    since: 2,
    holds: 'Every action taken, by whom, on what, with the result.',
  },
  imports: {
    keyPath: 'id',
    indexes: [{ name: 'status', keyPath: 'status' }],
    clearOn: 'sign-out',
    since: 4,
    holds: 'User imports (CSV or typed addresses): settings, status and counts per row state.',
  },
  importRows: {
    keyPath: 'id',
    indexes: [
      { name: 'importId', keyPath: 'importId' },
      { name: 'importId_state', keyPath: ['importId', 'state'] },
    ],
    clearOn: 'sign-out',
    since: 4,
    holds: 'One row per import input: its verdict, intent and result, so a resumed import never creates twice.',
  },
  syncState: {
    keyPath: 'job',
    indexes: [],
    clearOn: 'hubspot-disconnect',
    since: 2,
    holds: 'Checkpoints (cursor, pass start) per sync job, so a killed worker resumes.',
  },
  historyEvents: {
    keyPath: 'id',
    indexes: [
      { name: 'address', keyPath: 'address' },
      { name: 'at', keyPath: 'at' },
      { name: 'source', keyPath: 'source' },
    ],
    clearOn: 'hubspot-disconnect',
    since: 3,
    holds: "Google token audit events, Microsoft sign-ins and HubSpot account activity about the portal's mailboxes.",
  },
  historySources: {
    keyPath: 'key',
    indexes: [],
    clearOn: 'hubspot-disconnect',
    since: 3,
    holds: 'Per history source and admin: readable, or the scope, role or licence it lacks; read up to when.',
  },
  syncRuns: {
    keyPath: 'startedAt',
    indexes: [],
    clearOn: 'hubspot-disconnect',
    since: 3,
    holds: "The extension's own sync passes and their errors with HubSpot's correlation ids (bounded).",
  },
  statusSnapshots: {
    keyPath: 'day',
    indexes: [],
    clearOn: 'hubspot-disconnect',
    since: 3,
    holds: 'Mailboxes per status, one count per day, for the portal health chart (bounded).',
  },
  credentials: {
    keyPath: 'id',
    indexes: [],
    clearOn: 'sign-out',
    since: 2,
    holds: 'Tokens (HubSpot, Google, Microsoft); the HubSpot one is removed by id on disconnect.',
  },
  meta: {
    indexes: [],
    clearOn: 'sign-out',
    since: 1,
    holds: 'Out-of-line keys (MetaMap): settings, last sync times.',
  },
} as const satisfies Registry;

export const STORE_NAMES = Object.keys(STORES) as StoreName[];

/** Stores a trigger empties, in registry order. */
export function storesClearedBy(trigger: ClearTrigger): StoreName[] {
  const policies = CLEARED_BY[trigger];
  return STORE_NAMES.filter((name) => policies.includes(STORES[name].clearOn));
}

// Compile-time check that no index typed in InboxlinkDB is missing from the registry.
type RegisteredIndexNames<K extends StoreName> = (typeof STORES)[K]['indexes'][number] extends {
  name: infer N;
}
  ? N
  : never;
type UnregisteredIndexes = {
  [K in StoreName]: Exclude<IndexNames<InboxlinkDB, K>, RegisteredIndexNames<K>>;
}[StoreName];
export const everyTypedIndexIsRegistered: [UnregisteredIndexes] extends [never] ? true : never = true;
