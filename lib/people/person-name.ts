import type { CrmUser } from '../model';

/** A user's name as HubSpot shows it, else the address (deactivated users' owners lose their names). */
export function displayName(user: Pick<CrmUser, 'firstName' | 'lastName' | 'email'>): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email;
}
