import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { repoRoot } from '../harness/paths';

/**
 * Worlds for the inbox's honest states: the demo scenario with one personal inbox signed in to
 * Gmail and its owner signed in to HubSpot (so HubSpot's Connected emails page would list it),
 * on a portal in HubSpot's EU data centre so deep links must name app-eu1.
 */

export function demoWorld(): Scenario {
  return JSON.parse(readFileSync(path.join(repoRoot, 'sandbox/scenarios/demo.json'), 'utf8')) as Scenario;
}

export function signedInToGmail(base: Scenario, language: Language, address: string): Scenario {
  const world = structuredClone(base);
  world.portal.language = language;
  world.portal.uiHost = 'app-eu1.hubspot.com';
  const inbox = world.personalInboxes?.find((i) => i.address.toLowerCase() === address);
  if (!inbox) throw new Error(`the demo has no personal inbox ${address}`);
  // Only an active user can sign in to HubSpot and see their Connected emails page.
  const owner = world.users.find((u) => u.id === inbox.userId);
  if (owner) owner.status = 'active';
  world.signedIn = { ...world.signedIn, gmail: address, hubspotUserId: inbox.userId };
  return world;
}

/** The same world with a Gmail page that shows no signed-in address we know how to find. */
export function gmailWithoutAddress(world: Scenario): Scenario {
  const changed = structuredClone(world);
  changed.signedIn = { ...changed.signedIn, gmail: undefined };
  return changed;
}

/** HubSpot's Connected emails page of the world's portal, as the scenario says where it lives. */
export function connectedEmailsPage(world: Scenario): string {
  return `https://${world.portal.uiHost ?? 'app.hubspot.com'}/settings/${world.portal.id}/user-preferences/email`;
}
