import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language, Scenario } from '../../../sandbox/core/scenario';
import { validateScenario } from '../../../sandbox/core/validate-scenario';
import { World } from '../../../sandbox/core/world';
import { hubspotAppHost } from '../../../sandbox/hosts/hubspot-app/index';

const SCENARIO_PATH = resolve(__dirname, '../../../sandbox/scenarios/hubspot-pages.json');

/** A fresh world from sandbox/scenarios/hubspot-pages.json (validated), in `language`. */
export function makeWorld(language: Language = 'en', edit?: (s: Scenario) => void): World {
  const scenario = validateScenario(JSON.parse(readFileSync(SCENARIO_PATH, 'utf8')), SCENARIO_PATH);
  scenario.portal.language = language;
  edit?.(scenario);
  return new World(scenario);
}

export async function getPage(world: World, path: string, host = 'app.hubspot.com'): Promise<{ status: number; html: string }> {
  const url = new URL(`https://${host}${path}`);
  const res = await hubspotAppHost.handle(new Request(url), { world, url });
  return { status: res.status, html: await res.text() };
}

export interface ActionAnswer {
  status: number;
  body: { ok: boolean; code?: string; message?: string; redirect?: string };
}

export async function postAction(world: World, action: string, body: unknown): Promise<ActionAnswer> {
  const url = new URL(`https://app.hubspot.com/_sandbox/hubspot-app/${world.scenario.portal.id}/${action}`);
  const request = new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const res = await hubspotAppHost.handle(request, { world, url });
  return { status: res.status, body: (await res.json()) as ActionAnswer['body'] };
}

export function user(world: World, id: string) {
  const found = world.scenario.users.find((u) => u.id === id);
  if (!found) throw new Error(`no user ${id}`);
  return found;
}

export const PORTAL = 4242;
