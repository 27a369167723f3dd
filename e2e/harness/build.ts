import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromeBuildDir, firefoxBuildDir, localBin, repoRoot } from './paths';

/** `wxt build` for Chrome and Firefox: the production builds, exactly what users install. */
export function buildExtension(): void {
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    const result = spawnSync(localBin('wxt'), args, { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`wxt ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

/** A clear message instead of a timeout in the first test when the build is missing. */
export function assertBuildExists(): void {
  for (const dir of [chromeBuildDir, firefoxBuildDir]) {
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      throw new Error(`${path.relative(repoRoot, dir)}/manifest.json is missing: run \`npx wxt build\` (and -b firefox), or unset INBOXLINK_SKIP_BUILD`);
    }
  }
}
