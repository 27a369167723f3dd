// Installs a Debian package for a browser the tests drive, when it is missing and we may (root,
// apt-get present); otherwise says how. Shared by ensure-chromium.mjs and ensure-firefox.mjs.
import { existsSync } from 'node:fs';
import { run } from './process.mjs';

/**
 * @param {{ what: string, executable: string, aptPackage: string, envVar: string }} browser
 * @returns {Promise<boolean>} whether the executable exists now
 */
export async function ensureDebianBrowser({ what, executable, aptPackage, envVar }) {
  if (existsSync(executable)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (process.env[envVar]) {
    console.error(`${envVar} points to ${executable}, which does not exist.`);
    return false;
  }
  if (!isRoot || !hasApt) {
    console.error([
      `No ${what} at ${executable}. Install it, then run this again:`,
      `  Debian/Ubuntu:  sudo apt-get install -y ${aptPackage}`,
      `  elsewhere:      install ${what} and set ${envVar}=/path/to/it`,
    ].join('\n'));
    return false;
  }
  console.log(`${what} is missing: apt-get update && apt-get install -y ${aptPackage} (a few minutes)`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update'], { env });
  if (update.code !== 0) {
    console.error('apt-get update failed; see above.');
    return false;
  }
  const install = await run('apt-get', ['install', '-y', aptPackage], { env });
  if (install.code !== 0 || !existsSync(executable)) {
    console.error(`apt-get install ${aptPackage} failed (exit ${install.code}); see above.`);
    return false;
  }
  console.log(`${what} installed at ${executable}.`);
  return true;
}
