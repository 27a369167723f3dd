// Makes sure Firefox ESR exists for the Firefox e2e tests (e2e/firefox/, driven by puppeteer over
// WebDriver BiDi). Debian's package, as for Chromium: puppeteer's own download cannot work here.
import { ensureDebianBrowser } from './lib/apt-install.mjs';
import { isMain } from './lib/process.mjs';

export function firefoxPath() {
  return process.env.INBOXLINK_FIREFOX || '/usr/bin/firefox-esr';
}

export function ensureFirefox() {
  return ensureDebianBrowser({ what: 'Firefox ESR', executable: firefoxPath(), aptPackage: 'firefox-esr', envVar: 'INBOXLINK_FIREFOX' });
}

if (isMain(import.meta.url)) process.exit((await ensureFirefox()) ? 0 : 1);
