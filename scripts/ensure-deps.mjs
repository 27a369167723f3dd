// Installs dependencies when node_modules is missing or older than package.json / the lock file.
// `npm install`, never `npm ci`: the registry here lacks other platforms' rollup binaries, so a
// lock file made here fails npm ci's check (docs/TOOLCHAIN.md).
import { existsSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { isMain, repoRoot, run } from './lib/process.mjs';

const installedMarker = path.join(repoRoot, 'node_modules', '.package-lock.json');

export function dependenciesAreStale() {
  if (!existsSync(installedMarker)) return 'node_modules is missing';
  const installedAt = statSync(installedMarker).mtimeMs;
  for (const file of ['package.json', 'package-lock.json']) {
    const full = path.join(repoRoot, file);
    if (existsSync(full) && statSync(full).mtimeMs > installedAt) return `${file} changed since the last install`;
  }
  return undefined;
}

/** Returns true when everything is in place; prints why it installs. */
export async function ensureDeps() {
  const why = dependenciesAreStale();
  if (why) {
    console.log(`Installing dependencies (${why}): npm install`);
    const { code } = await run('npm', ['install', '--no-audit', '--no-fund']);
    if (code !== 0) {
      console.error('npm install failed; see the output above.');
      return false;
    }
    // npm leaves the marker alone when nothing changed; touch it so we do not install every run.
    const now = new Date();
    utimesSync(installedMarker, now, now);
  }
  // .wxt/tsconfig.json (extended by our tsconfig) comes from `wxt prepare`, run by postinstall.
  if (!existsSync(path.join(repoRoot, '.wxt', 'tsconfig.json'))) {
    console.log('Generating .wxt/ types: wxt prepare');
    const { code } = await run('npx', ['wxt', 'prepare']);
    if (code !== 0) return false;
  }
  return true;
}

if (isMain(import.meta.url)) process.exit((await ensureDeps()) ? 0 : 1);
