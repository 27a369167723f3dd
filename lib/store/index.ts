/** Public API of the store; see README.md. */
export { CHANGE_CHANNEL, createChangeHub, notifyChanged, subscribe } from './changes';
export type { ChangeHub, ChangeListener } from './changes';
export type { InboxlinkDB, InlineKeyStoreName, StoreKeyMap, StoreMap, StoreName } from './db-types';
export { closeStore, createStoreConnection, openStore } from './open';
export type { ConnectionOptions, StoreConnection, StoreDatabase, StoreOptions } from './open';
export { StoreMigrationError } from './migrations';
export { credentialId } from './records';
export type { Credential, CredentialProvider, MetaKey, MetaMap, MetaValue, SyncCheckpoint, UserSettings } from './records';
export { createRepo, repo } from './repo';
export type { Repo, RepoOptions } from './repo';
export type { MailboxUpdate } from './repo-domain';
export { CLEARED_BY, DB_NAME, DB_VERSION, STORE_NAMES, STORES, storesClearedBy } from './schema';
export type { ClearPolicy, ClearTrigger } from './schema';
