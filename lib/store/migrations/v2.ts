import { backfillMissing, type Migration, type UpgradeDatabase } from './upgrade-types';

/** Stores new in version 2, written out (not read from the registry) so this step never drifts. */
function createV2Stores(db: UpgradeDatabase): void {
  const crmUsers = db.createObjectStore('crmUsers', { keyPath: 'id' });
  crmUsers.createIndex('email', 'email');
  crmUsers.createIndex('status', 'status');

  const owners = db.createObjectStore('owners', { keyPath: 'id' });
  owners.createIndex('email', 'email');
  owners.createIndex('userIdIncludingInactive', 'userIdIncludingInactive');

  db.createObjectStore('teams', { keyPath: 'id' });
  db.createObjectStore('roles', { keyPath: 'id' });
  db.createObjectStore('inboxes', { keyPath: 'id' });

  const channelAccounts = db.createObjectStore('channelAccounts', { keyPath: 'id' });
  channelAccounts.createIndex('address', 'address');
  channelAccounts.createIndex('inboxId', 'inboxId');

  const grants = db.createObjectStore('grants', { keyPath: 'key' });
  grants.createIndex('address', 'address');
  grants.createIndex('provider', 'provider');

  const findings = db.createObjectStore('findings', { keyPath: 'id' });
  findings.createIndex('subject', 'subject');

  const plans = db.createObjectStore('plans', { keyPath: 'id' });
  plans.createIndex('status', 'status');
  plans.createIndex('subject', 'subject');

  const audit = db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
  audit.createIndex('at', 'at');
  audit.createIndex('subject', 'subject');

  db.createObjectStore('syncState', { keyPath: 'job' });
  db.createObjectStore('credentials', { keyPath: 'id' });
}

/**
 * Version 2: the CRM, grant, plan, audit, sync and credential stores; mailboxes gain `kind`
 * (every v1 mailbox was a personal one: v1 only knew the signed-in address) and `portalId`
 * indexes; observations gain `kind` (v1 only observed signed-in addresses), a compound
 * address+kind index for "latest observation of this kind" and a time index for pruning.
 */
export const toV2: Migration = async (db, tx) => {
  createV2Stores(db);

  const mailboxes = tx.objectStore('mailboxes');
  mailboxes.createIndex('kind', 'kind');
  mailboxes.createIndex('portalId', 'portalId');

  const observations = tx.objectStore('observations');
  observations.createIndex('kind', 'kind');
  observations.createIndex('address_kind', ['address', 'kind']);
  observations.createIndex('observedAt', 'observedAt');

  await backfillMissing(mailboxes, 'kind', 'personal');
  await backfillMissing(observations, 'kind', 'signed-in-address');
};
