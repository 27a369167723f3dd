import type { Language, Scenario, ScenarioUser } from '../../core/scenario';
import type { World } from '../../core/world';
import { recordUserChange, type UserChange } from '../hubspot-api/audit-log';
import { translator, type Translate } from './labels/index';

/** What every page and action needs: the world's scenario seen from the signed-in user. */
export interface AppContext {
  scenario: Scenario;
  portalId: number;
  language: Language;
  t: Translate;
  /** The signed-in HubSpot user, or undefined when nobody can be resolved. */
  me: ScenarioUser | undefined;
  /** The sandbox world, for the account's activity logs; absent in page-only unit tests. */
  world?: World;
}

export function appContext(scenario: Scenario, world?: World): AppContext {
  const language = scenario.portal.language ?? 'en';
  return { scenario, portalId: scenario.portal.id, language, t: translator(language), me: signedInUser(scenario), ...(world && { world }) };
}

/** A change the signed-in user made on a page, in the account's audit and security logs (api's audit-log.ts). */
export function recordPageChange(ctx: AppContext, action: UserChange, targetUserId: string): void {
  if (ctx.world) recordUserChange(ctx.world, ctx.me?.id, action, targetUserId);
}

/**
 * `signedIn.hubspotUserId` names the user. Without it, the first active Super Admin (then the
 * first active user) stands in, so a minimal scenario still shows pages.
 */
export function signedInUser(scenario: Scenario): ScenarioUser | undefined {
  const id = scenario.signedIn?.hubspotUserId;
  if (id !== undefined) return scenario.users.find((u) => u.id === id);
  const active = scenario.users.filter((u) => (u.status ?? 'active') === 'active');
  return active.find((u) => u.superAdmin) ?? active[0];
}

export function userStatus(user: ScenarioUser): NonNullable<ScenarioUser['status']> {
  return user.status ?? 'active';
}

export function displayName(user: ScenarioUser): string {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return name || user.email;
}

export function isPointOfContact(scenario: Scenario, userId: string): boolean {
  const poc = scenario.portal.pointsOfContact;
  return poc?.primary === userId || (poc?.others ?? []).includes(userId);
}

export function actionEndpoint(portalId: number, action: string): string {
  return `/_sandbox/hubspot-app/${portalId}/${action}`;
}
