// Makes sure a Chromium exists for puppeteer. Puppeteer's own browser download cannot work here
// (no internet but the npm registry and Debian's mirrors), so we use Debian's package.
import { ensureDebianBrowser } from './lib/apt-install.mjs';
import { isMain } from './lib/process.mjs';

export function chromiumPath() {
  return process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
}

export function ensureChromium() {
  return ensureDebianBrowser({ what: 'Chromium', executable: chromiumPath(), aptPackage: 'chromium', envVar: 'PUPPETEER_EXECUTABLE_PATH' });
}

if (isMain(import.meta.url)) process.exit((await ensureChromium()) ? 0 : 1);
