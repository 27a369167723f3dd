/**
 * The admin's people work that the store persists: CSV/typed user imports (one record per import,
 * one per input row, so a killed worker resumes row by row) and what HubSpot's account activity
 * says about each user (last sign-in). Types only.
 */

/** Where a row stands. The first four are decided before anything is sent (the preview). */
export type ImportRowState =
  /** Not an email address: never sent. */
  | 'invalid'
  /** The same address as an earlier row: never sent. */
  | 'duplicate'
  /** Already an active user of the account: never sent. */
  | 'existing'
  /** A deactivated user: offered the reactivation path, never a second account. */
  | 'reactivate'
  /** To be created; nothing sent yet. */
  | 'pending'
  /** The create's intent is recorded: the call may have reached HubSpot. Resume looks it up first. */
  | 'intent'
  /** Created by this import (the API's answer, or found by the look-up after an interruption). */
  | 'created'
  /** HubSpot already had the user when the create arrived (409). */
  | 'existed'
  /** HubSpot refused it, or the import was stopped before it was sent. */
  | 'failed'
  | 'cancelled';

export const IMPORT_ROW_STATES: readonly ImportRowState[] = ['invalid', 'duplicate', 'existing', 'reactivate', 'pending', 'intent', 'created', 'existed', 'failed', 'cancelled'];

export interface ImportSettings {
  roleId?: string;
  primaryTeamId?: string;
  secondaryTeamIds: string[];
  sendWelcomeEmail: boolean;
}

export interface UserImport {
  id: string;
  status: 'running' | 'done' | 'cancelled';
  source: 'typed' | 'csv';
  fileName?: string;
  settings: ImportSettings;
  /** Who started it, for the audit log. */
  actor: string;
  total: number;
  counts: Record<ImportRowState, number>;
  /** Why the import is waiting or stopped (a code: `rate-limited`, `daily-limit`, `auth`, `offline`, `scope`). */
  blockedBy?: string;
  blockedUntil?: string;
  /** Result times (epoch ms) of the last rows: the progress bar's pace. */
  recentResults?: number[];
  /** HubSpot's rate limit as the import's client learned it. */
  pace?: { max: number; intervalMs: number };
  createdAt: string;
  updatedAt: string;
  finishedAt?: string;
}

export interface ImportRow {
  /** `${importId}:${index, zero-padded}`: rows sort in input order. */
  id: string;
  importId: string;
  index: number;
  /** The cell or typed text as given (trimmed), for the result table. */
  input: string;
  /** The address, lower case, when the input is one. */
  address?: string;
  state: ImportRowState;
  /** For a duplicate: the index of the row it repeats. */
  duplicateOf?: number;
  /** The HubSpot user the row made or found. */
  userId?: string;
  /** On a partner portal: whether the address is on the partner employee domain. */
  partner?: 'on-domain' | 'off-domain';
  /** Why it failed: an error code (`invalid-email`, `unknown-role`, `forbidden`, …). */
  error?: string;
  /** How a created row is known: the create's answer, or the look-up after an interruption. */
  verifiedBy?: 'create' | 'lookup';
  intentAt?: string;
  resultAt?: string;
}

