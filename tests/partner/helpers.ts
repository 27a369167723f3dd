import type { CrmUser } from '../../lib/model';

let next = 1;

/** An active HubSpot user (Users API record) with the given login address. */
export function user(email: string, extra: Partial<CrmUser> = {}): CrmUser {
  next += 1;
  return { id: String(next), email, roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: '2026-12-01T00:00:00.000Z', ...extra };
}

/** `count` active users on `domain` (a1@domain, a2@domain, …). */
export function usersOn(domain: string, count: number, prefix = 'u'): CrmUser[] {
  return Array.from({ length: count }, (_, i) => user(`${prefix}${i + 1}@${domain}`));
}
