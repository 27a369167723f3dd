/** The portal health alert's settings and state, in the meta store (see lib/store/records.ts). */

declare module '../store/records' {
  interface UserSettings {
    /** Alert when broken + half-unlinked mailboxes exceed this share of all (1–100); absent = off (the default). */
    healthAlertPercent?: number;
  }
  interface MetaMap {
    /** When the last health alert was shown: at most one a day. */
    healthAlertAt: string;
  }
}

export {};
