/** Helpers with a domain rule in them: merging mailboxes, latest observations, audit, meta. */
import {
  normalizeAddress,
  type AuditEntry,
  type Mailbox,
  type Observation,
  type ObservationKind,
} from '../model';
import type { StoreAccess } from './access';
import type { MetaKey, MetaMap } from './records';

/** What a caller knows about a mailbox; the store keeps firstSeenAt and stamps updatedAt. */
export type MailboxUpdate = Pick<Mailbox, 'address'> &
  Partial<Omit<Mailbox, 'address' | 'firstSeenAt' | 'updatedAt'>>;

/** Drops undefined fields, so an update that does not know a field keeps the stored value. */
function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

export function domainHelpers(access: StoreAccess) {
  return {
    /** Stores what a page showed; returns the new observation's id. */
    async addObservation(observation: Omit<Observation, 'id'>): Promise<number> {
      const record = { ...observation, address: normalizeAddress(observation.address) };
      return access.write(['observations'], (tx) => tx.objectStore('observations').add(record));
    },

    /** The newest observation of each kind for an address (by observedAt, then insertion). */
    async latestObservations(address: string): Promise<Partial<Record<ObservationKind, Observation>>> {
      const db = await access.db();
      const all = await db.getAllFromIndex('observations', 'address', normalizeAddress(address));
      const latest: Partial<Record<ObservationKind, Observation>> = {};
      // getAllFromIndex returns ties in key (insertion) order, so `>=` keeps the later one.
      for (const observation of all) {
        const known = latest[observation.kind];
        if (!known || observation.observedAt >= known.observedAt) latest[observation.kind] = observation;
      }
      return latest;
    },

    /** Merges into the stored mailbox (or creates it); first-seen time never moves. */
    async upsertMailbox(update: MailboxUpdate): Promise<Mailbox> {
      const address = normalizeAddress(update.address);
      return access.write(['mailboxes'], async (tx) => {
        const store = tx.objectStore('mailboxes');
        const existing = await store.get(address);
        const now = access.now();
        const merged: Mailbox = {
          provider: 'unknown',
          kind: 'personal',
          ...existing,
          ...definedFields(update),
          address,
          firstSeenAt: existing?.firstSeenAt ?? now,
          updatedAt: now,
        };
        await store.put(merged);
        return merged;
      });
    },

    /** Appends to the audit log (never cleared); `at` defaults to now. Returns the entry's id. */
    async appendAudit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<number> {
      const record: AuditEntry = { ...entry, at: entry.at ?? access.now() };
      return access.write(['audit'], (tx) => tx.objectStore('audit').add(record));
    },

    async getMeta<K extends MetaKey>(key: K): Promise<MetaMap[K] | undefined> {
      const value = await (await access.db()).get('meta', key);
      return value as MetaMap[K] | undefined;
    },

    async setMeta<K extends MetaKey>(key: K, value: MetaMap[K]): Promise<void> {
      await access.write(['meta'], (tx) => tx.objectStore('meta').put(value, key));
    },
  };
}
