// Makes sure a Chromium exists for puppeteer. Puppeteer's own browser download cannot work here
// (no internet but the npm registry and Debian's mirrors), so we use Debian's package.
import { existsSync } from 'node:fs';
import { isMain, run } from './lib/process.mjs';

export function chromiumPath() {
  return process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
}

export async function ensureChromium() {
  const executable = chromiumPath();
  if (existsSync(executable)) return true;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (process.env.PUPPETEER_EXECUTABLE_PATH) {
    console.error(`PUPPETEER_EXECUTABLE_PATH points to ${executable}, which does not exist.`);
    return false;
  }
  if (!isRoot || !hasApt) {
    console.error([
      `No Chromium at ${executable}. Install it, then run this again:`,
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  elsewhere:      install Chromium or Chrome and set PUPPETEER_EXECUTABLE_PATH=/path/to/chrome',
    ].join('\n'));
    return false;
  }
  console.log('Chromium is missing: apt-get update && apt-get install -y chromium (a few minutes)');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update'], { env });
  if (update.code !== 0) {
    console.error('apt-get update failed; see above.');
    return false;
  }
  const install = await run('apt-get', ['install', '-y', 'chromium'], { env });
  if (install.code !== 0 || !existsSync(executable)) {
    console.error(`apt-get install chromium failed (exit ${install.code}); see above.`);
    return false;
  }
  console.log(`Chromium installed at ${executable}.`);
  return true;
}

if (isMain(import.meta.url)) process.exit((await ensureChromium()) ? 0 : 1);
