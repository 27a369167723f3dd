import * as v from 'valibot';
import { MAX_IMPORT_ENTRIES, MAX_INPUT_LENGTH } from '../people/entries';

/**
 * What the People page may ask of the background: start, resume or cancel a user import, and
 * start the plans about people (offboarding several at once, reactivation, removing yourself,
 * Super Admin). Extension pages only: a content script can never start an import or a plan
 * about a person. The steps then go through `plan/advance` like every plan's.
 */
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

export const ImportSettingsSchema = v.object({
  roleId: v.optional(Id),
  primaryTeamId: v.optional(Id),
  secondaryTeamIds: v.pipe(v.array(Id), v.maxLength(50)),
  sendWelcomeEmail: v.boolean(),
});

export const ImportStartRefusalSchema = v.picklist(['no-hubspot', 'no-entries', 'unknown-role', 'unknown-team']);

export const PersonRefusalSchema = v.picklist([
  'unknown-user', 'no-portal', 'already-removed', 'self', 'last-super-admin', 'not-deactivated', 'not-active', 'already-super-admin', 'self-unknown', 'unknown-channel',
]);

const ChannelChoice = v.object({ accountId: Id, action: v.picklist(['delete', 'reassign']) });

export const peopleProtocol = {
  /** Records the import (every row with its verdict, recomputed here) and starts creating. */
  'people/import-start': {
    senders: ['extension'],
    request: v.object({
      source: v.picklist(['typed', 'csv']),
      fileName: v.optional(v.pipe(v.string(), v.maxLength(200))),
      entries: v.pipe(
        v.array(v.object({ input: v.pipe(v.string(), v.maxLength(MAX_INPUT_LENGTH)), line: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
        v.minLength(1),
        v.maxLength(MAX_IMPORT_ENTRIES),
      ),
      settings: ImportSettingsSchema,
    }),
    response: v.union([v.object({ importId: v.string() }), v.object({ refused: ImportStartRefusalSchema })]),
  },
  /** Continues a running import (after a worker restart, or when the page sees no progress). */
  'people/import-resume': {
    senders: ['extension'],
    request: v.object({ importId: Id }),
    response: v.object({ running: v.boolean() }),
  },
  /** Stops sending: rows not yet sent are cancelled; an unanswered create is still settled. */
  'people/import-cancel': {
    senders: ['extension'],
    request: v.object({ importId: Id }),
    response: v.object({ cancelled: v.boolean() }),
  },
  /** One offboarding plan per person; each answer says its plan or why not. */
  'people/offboard-start': {
    senders: ['extension'],
    request: v.object({
      people: v.pipe(
        v.array(v.object({ userId: Id, remove: v.boolean(), channels: v.pipe(v.array(ChannelChoice), v.maxLength(100)) })),
        v.minLength(1),
        v.maxLength(500),
      ),
    }),
    response: v.object({
      results: v.array(v.union([v.object({ userId: v.string(), planId: v.string() }), v.object({ userId: v.string(), refused: PersonRefusalSchema })])),
    }),
  },
  /** A single person's small plan. */
  'people/plan-start': {
    senders: ['extension'],
    request: v.object({ userId: Id, kind: v.picklist(['reactivate-person', 'remove-me', 'make-super-admin']) }),
    response: v.union([v.object({ planId: v.string() }), v.object({ refused: PersonRefusalSchema })]),
  },
} as const;
