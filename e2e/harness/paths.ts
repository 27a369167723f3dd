import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the current directory (vitest, tsx scripts, bench). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The production Chrome build that every e2e test loads (made by `wxt build`). */
export const chromeBuildDir = path.join(repoRoot, '.output', 'chrome-mv3');

/** The Firefox build (`wxt build -b firefox`; MV3 because wxt.config.ts sets manifestVersion 3). */
export const firefoxBuildDir = path.join(repoRoot, '.output', 'firefox-mv3');

/** Run local binaries directly, not through npm: faster, and signals reach the real process. */
export function localBin(name: string): string {
  return path.join(repoRoot, 'node_modules', '.bin', name);
}

export const defaultScenario = path.join(repoRoot, 'sandbox', 'scenarios', 'demo.json');

/** Screenshots and logs of e2e runs (git-ignored). */
export const e2eArtifactsRoot = path.join(repoRoot, '.e2e-artifacts');

/** A file-system-safe folder name for a test title. */
export function slug(text: string): string {
  return text.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'unnamed';
}
