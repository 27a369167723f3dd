import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { validateScenario } from '../../sandbox/core/validate-scenario';
import { World } from '../../sandbox/core/world';
import { hostModules } from '../../sandbox/hosts/index';

const DEMO = resolve(__dirname, '../../sandbox/scenarios/demo.json');

export const LANGUAGES = ['en', 'de', 'sv'] as const satisfies readonly Language[];

/** A fresh copy of the demo scenario, its portal in `language`, optionally edited. */
export function demoWorld(language: Language = 'en', edit?: (scenario: Scenario) => void): World {
  const scenario = validateScenario(JSON.parse(readFileSync(DEMO, 'utf8')), DEMO);
  scenario.portal.language = language;
  edit?.(scenario);
  return new World(scenario);
}

/** The sandbox's answer to a GET of `href`, from whichever host module serves it. */
export async function pageHtml(world: World, href: string): Promise<string> {
  const url = new URL(href);
  const host = hostModules.find((m) => m.hosts.includes(url.hostname));
  if (!host) throw new Error(`the sandbox does not serve ${url.hostname}`);
  const response = await host.handle(new Request(url), { world, url });
  if (response.status !== 200) throw new Error(`${href} answered ${response.status}`);
  return response.text();
}

/** The page as a document (scripts do not run: readers must work on the served markup). */
export function toDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export async function sandboxDocument(world: World, href: string): Promise<Document> {
  return toDocument(await pageHtml(world, href));
}
