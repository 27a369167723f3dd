/**
 * The database as idb's `DBSchema` sees it: for each object store, its key, value and index key
 * types, so `IDBPDatabase<InboxlinkDB>` checks every get/put/index call at compile time.
 * The runtime registry (schema.ts) must name the same stores and indexes; schema.ts checks that
 * at compile time, tests/store/registry.test.ts at run time.
 */
import type { DBSchema, StoreNames } from 'idb';
import type {
  AuditEntry,
  ChannelAccount,
  ConversationsInbox,
  CrmOwner,
  CrmRole,
  CrmTeam,
  CrmUser,
  CrmUserStatus,
  Finding,
  HistoryEvent,
  HistorySourceId,
  HistorySourceStatus,
  GrantProvider,
  Mailbox,
  MailboxKind,
  MailProvider,
  Observation,
  ObservationKind,
  Plan,
  PlanStatus,
  ProviderGrant,
  ImportRow,
  ImportRowState,
  UserImport,
  StatusSnapshot,
  SyncRun,
} from '../model';
import type { Credential, MetaKey, MetaValue, SyncCheckpoint } from './records';

export interface InboxlinkDB extends DBSchema {
  mailboxes: {
    key: string;
    value: Mailbox;
    indexes: { provider: MailProvider; kind: MailboxKind; portalId: number };
  };
  observations: {
    key: number;
    value: Observation;
    indexes: {
      address: string;
      kind: ObservationKind;
      address_kind: [string, ObservationKind];
      observedAt: string;
    };
  };
  crmUsers: { key: string; value: CrmUser; indexes: { email: string; status: CrmUserStatus } };
  owners: {
    key: string;
    value: CrmOwner;
    indexes: { email: string; userIdIncludingInactive: number };
  };
  teams: { key: string; value: CrmTeam };
  roles: { key: string; value: CrmRole };
  inboxes: { key: string; value: ConversationsInbox };
  channelAccounts: {
    key: string;
    value: ChannelAccount;
    indexes: { address: string; inboxId: string };
  };
  grants: {
    key: string;
    value: ProviderGrant;
    indexes: { address: string; provider: GrantProvider };
  };
  findings: { key: string; value: Finding; indexes: { subject: string } };
  plans: { key: string; value: Plan; indexes: { status: PlanStatus; subject: string } };
  audit: { key: number; value: AuditEntry; indexes: { at: string; subject: string } };
  imports: { key: string; value: UserImport; indexes: { status: UserImport['status'] } };
  importRows: { key: string; value: ImportRow; indexes: { importId: string; importId_state: [string, ImportRowState] } };
  syncState: { key: string; value: SyncCheckpoint };
  historyEvents: { key: string; value: HistoryEvent; indexes: { address: string; at: string; source: HistorySourceId } };
  historySources: { key: string; value: HistorySourceStatus };
  syncRuns: { key: string; value: SyncRun };
  statusSnapshots: { key: string; value: StatusSnapshot };
  credentials: { key: string; value: Credential };
  meta: { key: MetaKey; value: MetaValue };
}

/** Only the named stores (DBSchema's string index signature excluded). */
export type StoreName = StoreNames<InboxlinkDB>;

/** Store name → the type of the records it holds. */
export type StoreMap = { [K in StoreName]: InboxlinkDB[K]['value'] };

/** Store name → its primary key type. */
export type StoreKeyMap = { [K in StoreName]: InboxlinkDB[K]['key'] };

/** Stores whose records carry their own key (every store but `meta`). */
export type InlineKeyStoreName = Exclude<StoreName, 'meta'>;
