/**
 * The part of `npm start` that runs after the build (scripts/start.mjs runs it through tsx):
 * sandbox + Chromium with the extension, through the same harness the e2e tests use.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, type ExtensionBrowser } from '../e2e/harness/browser';
import { mailPages } from '../e2e/harness/contract';
import { repoRoot } from '../e2e/harness/paths';
import { startSandbox, type RunningSandbox } from '../e2e/harness/sandbox';
import { playDemo } from './start-demo';
import { takeDemoScreenshots } from './start-screenshots';

const { values } = parseArgs({
  options: { scenario: { type: 'string' }, headless: { type: 'boolean', default: false } },
  strict: true,
});
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headed = hasDisplay && !values.headless;

console.log(`• Starting the sandbox (${values.scenario ?? 'sandbox/scenarios/demo.json'})…`);
let sandbox: RunningSandbox;
try {
  sandbox = await startSandbox({ scenario: values.scenario });
} catch (error) {
  console.error(`  ✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`  serving ${sandbox.hosts.length} hosts on https://127.0.0.1:${sandbox.port}`);

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const artifactsDir = path.join(repoRoot, '.start-artifacts', stamp);
console.log(`• Launching Chromium (${headed ? 'with a window' : 'headless'}) with the extension…`);
let eb: ExtensionBrowser;
try {
  eb = await launchBrowser({ sandbox, headless: !headed, artifactsDir });
} catch (error) {
  console.error(`  ✘ ${error instanceof Error ? error.message : String(error)}`);
  await sandbox.stop();
  process.exit(1);
}
console.log(`  extension id ${eb.extensionId}`);

console.log('• Playing the first day: HubSpot connected in the options, first sync, a plan started…');
let demo: { planAddress?: string; problem?: string } = {};
// The screenshots are taken either way (they show where it stopped), but a demo that did not play
// through fails the headless run: its screenshots would not show what the product is for.
let demoPlayed = false;
try {
  demo = await playDemo(eb, sandbox, (line) => console.log(line));
  if (demo.problem) console.log(`  ✘ ${demo.problem}`);
  else demoPlayed = true;
} catch (error) {
  console.error(`  ✘ the demo did not finish: ${error instanceof Error ? error.message : String(error)}`);
}

process.exit(headed ? await runHeaded(eb, sandbox) : await runHeadless(eb, sandbox));

async function runHeaded(browser: ExtensionBrowser, world: RunningSandbox): Promise<number> {
  const gmail = await browser.newPage(mailPages.gmail);
  // Close the empty first tab Chromium opens, so the demo starts on Gmail.
  for (const page of await browser.browser.pages()) if (page !== gmail && page.url() === 'about:blank') await page.close();
  console.log([
    '',
    `Inboxlink is running in Chromium on the sandbox's Gmail (${mailPages.gmail}).`,
    `Popup:      chrome-extension://${browser.extensionId}/popup.html`,
    `Side panel: chrome-extension://${browser.extensionId}/sidepanel.html`,
    `Options:    chrome-extension://${browser.extensionId}/options.html`,
    `Sandbox:    https://sandbox.test/state and /requests (inside this browser)`,
    'Close the browser or press Ctrl-C to stop.',
  ].join('\n'));
  await new Promise<void>((resolve) => {
    browser.browser.once('disconnected', () => resolve());
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  console.log('Stopping…');
  await browser.close();
  await world.stop();
  return 0;
}

async function runHeadless(browser: ExtensionBrowser, world: RunningSandbox): Promise<number> {
  console.log('• No display (or --headless): taking screenshots…');
  try {
    const report = await takeDemoScreenshots(browser, demo);
    console.log(report.lines.join('\n'));
    console.log(`\nScreenshots are in ${path.relative(process.cwd(), browser.artifactsDir) || browser.artifactsDir}/`);
    return report.ok && demoPlayed ? 0 : 1;
  } finally {
    await browser.close();
    await world.stop();
  }
}
