/** One realistic record per store with an in-line key, and a fresh-database helper. */
import { IDBFactory } from 'fake-indexeddb';
import type { InlineKeyStoreName, StoreMap } from '../../lib/store/db-types';
import { createChangeHub } from '../../lib/store/changes';
import { createRepo } from '../../lib/store/repo';

const at = '2025-01-02T03:04:05.000Z';
const evidence = { source: 'observed', at } as const;

export const sampleRecords: { [K in InlineKeyStoreName]: StoreMap[K] } = {
  mailboxes: {
    address: 'ada@example.com',
    provider: 'google',
    kind: 'personal',
    portalId: 123,
    firstSeenAt: at,
    updatedAt: at,
  },
  observations: {
    kind: 'crm-personal-inbox',
    address: 'ada@example.com',
    host: 'app.hubspot.com',
    path: '/settings/123/user-preferences/email',
    value: { state: 'disabled' },
    observedAt: at,
  },
  crmUsers: {
    id: '11',
    email: 'ada@example.com',
    roleIds: ['r1'],
    secondaryTeamIds: [],
    superAdmin: false,
    status: 'active',
    syncedAt: at,
  },
  owners: {
    id: '21',
    email: 'ada@example.com',
    userIdIncludingInactive: 11,
    archived: false,
    teams: [],
    syncedAt: at,
  },
  teams: { id: 't1', name: 'Sales', userIds: ['11'], secondaryUserIds: [], syncedAt: at },
  roles: { id: 'r1', name: 'Sales rep', requiresBillingWrite: false, syncedAt: at },
  inboxes: { id: 'i1', name: 'Support', type: 'HELP_DESK', archived: false, syncedAt: at },
  channelAccounts: {
    id: 'c1',
    channelId: '1002',
    inboxId: 'i1',
    name: 'support@example.com',
    address: 'support@example.com',
    active: true,
    authorized: true,
    archived: false,
    createdAt: at,
    syncedAt: at,
  },
  grants: {
    key: 'google:ada@example.com:hubspot',
    address: 'ada@example.com',
    provider: 'google',
    state: 'present',
    app: 'HubSpot',
    scopes: ['https://mail.google.com/'],
    evidence,
  },
  findings: {
    id: 'inbox-disabled:ada@example.com',
    code: 'inbox-disabled',
    severity: 'warning',
    subject: 'ada@example.com',
    evidence: ['observed disabled'],
    foundAt: at,
  },
  plans: {
    id: 'p1',
    flow: 'disconnect-personal-inbox',
    subject: 'ada@example.com',
    status: 'running',
    steps: [{ id: 's1', kind: 'guided', state: 'pending' }],
    createdAt: at,
    updatedAt: at,
  },
  audit: { at, actor: 'ada@example.com', action: 'plan.start', subject: 'ada@example.com', result: 'ok' },
  imports: {
    id: 'imp1',
    status: 'running',
    source: 'csv',
    settings: { secondaryTeamIds: [], sendWelcomeEmail: true },
    actor: 'ada@example.com',
    total: 1,
    counts: { invalid: 0, duplicate: 0, existing: 0, reactivate: 0, pending: 1, intent: 0, created: 0, existed: 0, failed: 0, cancelled: 0 },
    createdAt: at,
    updatedAt: at,
  },
  importRows: { id: 'imp1:000000', importId: 'imp1', index: 0, input: 'bob@example.com', address: 'bob@example.com', state: 'pending' },
  syncState: { job: 'hubspot:users', cursor: 'abc', updatedAt: at },
  historyEvents: {
    id: 'google-token-audit:1',
    source: 'google-token-audit',
    address: 'ada@example.com',
    at,
    kind: 'activity',
    client: '123-abc.apps.googleusercontent.com',
    app: 'HubSpot',
    result: 'success',
    detail: { product: 'GMAIL' },
    where: 'admin.googleapis.com/admin/reports/v1/activity/users/all/applications/token',
    syncedAt: at,
  },
  historySources: { key: 'google-token-audit:admin@example.com', source: 'google-token-audit', account: 'admin@example.com', state: 'ok', checkedAt: at },
  syncRuns: { startedAt: at, endedAt: at, state: 'idle', errors: [] },
  statusSnapshots: { day: '2025-01-02', counts: { linked: 1, broken: 0, 'half-unlinked': 0, 'not-linked': 0, unknown: 0 }, total: 1, at },
  credentials: {
    id: 'hubspot',
    provider: 'hubspot',
    kind: 'static-token',
    accessToken: 'pat-test-not-a-secret',
    scopes: ['crm.objects.owners.read'],
    portalId: 123,
    savedAt: at,
  },
};

let channelCount = 0;

/** A repo on a fresh fake IndexedDB with its own change hub and channel: nothing shared. */
export function freshRepo(now = () => at) {
  const factory = new IDBFactory();
  channelCount += 1;
  const changes = createChangeHub({ channelName: `inboxlink-test-${channelCount}`, coalesceMs: 5 });
  return { factory, changes, repo: createRepo({ factory, changes, now }) };
}
