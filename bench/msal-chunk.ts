import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BenchContext, FigureGroup, Figures } from './figure';

/** Strings only MSAL's browser build carries (library id, its error class, its storage keys). */
export const MSAL_MARKERS = ['msal.js.browser', 'BrowserAuthError', 'interaction_in_progress', '@azure/msal'];
const SIGN_IN_PAGE = 'microsoft-signin.html';

/**
 * bundle.msal.only-in-signin: 1 when MSAL's code is loaded by the Microsoft sign-in page only,
 * else 0 (goal 1). Every .js file of the build is searched for MSAL's markers; each file holding
 * them must be a script the sign-in page's HTML references (directly or through its static
 * imports). bundle.msal.chunks says how many files hold MSAL (0 while no page uses it).
 */
export const msalChunk: FigureGroup = {
  name: 'MSAL placement',
  async collect({ buildDir }: BenchContext): Promise<Figures> {
    const files = await scripts(buildDir);
    const withMsal: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(buildDir, file), 'utf8');
      if (MSAL_MARKERS.some((marker) => text.includes(marker))) withMsal.push(file);
    }
    const signIn = await loadedBy(buildDir, SIGN_IN_PAGE);
    const elsewhere = withMsal.filter((file) => !signIn.has(file));
    if (elsewhere.length > 0) console.log(`  MSAL found outside ${SIGN_IN_PAGE}: ${elsewhere.join(', ')}`);
    return {
      'bundle.msal.only-in-signin': { value: elsewhere.length === 0 ? 1 : 0, unit: 'bool', goal: 1 },
      'bundle.msal.chunks': { value: withMsal.length, unit: 'files', goal: null },
    };
  },
};

async function scripts(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...(await scripts(dir, relative)));
    else if (entry.name.endsWith('.js')) found.push(relative);
  }
  return found;
}

/** The scripts an HTML page loads: its <script src> and <link modulepreload>, then their static imports. */
async function loadedBy(buildDir: string, html: string): Promise<Set<string>> {
  const seen = new Set<string>();
  let text: string;
  try {
    text = await readFile(path.join(buildDir, html), 'utf8');
  } catch {
    return seen;
  }
  const queue = [...text.matchAll(/\b(?:src|href)=["']([^"':]+\.js)["']/g)].map((m) => (m[1] ?? '').replace(/^\//, ''));
  while (queue.length > 0) {
    const file = queue.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(path.join(buildDir, file), 'utf8').catch(() => '');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      if (match[1]) queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1])));
    }
  }
  return seen;
}
