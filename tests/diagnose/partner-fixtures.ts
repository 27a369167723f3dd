/** Partner settings as the guide stores them, and a snapshot of the connected portal 4480123. */
import type { CrmUser, Observation } from '../../lib/model';
import { makeSnapshot, type DiagnoseSnapshot } from '../../lib/diagnose/snapshot';
import { NOW, RECENT, user } from './fixtures';

export const PORTAL = { id: 4480123, uiHost: 'app.hubspot.com' } as const;
export const SUBJECT = 'partner:4480123';
const AUTOMATION = { host: 'app.hubspot.com', path: '/settings/4480123/partner/automation' };

/** The Automation page's reading: the saved domain (null = empty field). */
export function automation(domain: string | null, at = RECENT, extra: Observation['value'] = {}): Observation {
  return { kind: 'partner-domain', address: SUBJECT, ...AUTOMATION, value: { portalId: '4480123', domain, editable: true, user: null, ...extra }, observedAt: at };
}

/** A settings page's sidebar: with or without the Partner section. */
export function sidebar(partner: boolean, at = RECENT): Observation {
  return { kind: 'partner-section', address: SUBJECT, host: 'app.hubspot.com', path: '/settings/4480123/users', value: { portalId: '4480123', partner, user: null }, observedAt: at };
}

export const team = (domain: string, count: number): CrmUser[] => Array.from({ length: count }, (_, i) => user(`p${i}@${domain}`));

export function partnerWorld(observations: Observation[], users: CrmUser[]): DiagnoseSnapshot {
  return makeSnapshot({ observations, crmUsers: users }, PORTAL);
}

export { NOW };
