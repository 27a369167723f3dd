/**
 * CrmTeam and CrmRole do not declare `goneAt` (lib/model/crm.ts; the report asks for it). The
 * sweep still stamps it, so readers that check `goneAt` treat every CRM record alike.
 */
export function stampGoneUntyped<R extends object>(record: R, goneAt: string): R | undefined {
  if ('goneAt' in record && record.goneAt) return undefined;
  return Object.assign({}, record, { goneAt });
}

/** Whether a record (of any CRM store) was stamped gone by a sweep. */
export function isGone(record: object): boolean {
  return 'goneAt' in record && Boolean(record.goneAt);
}
