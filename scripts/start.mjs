// npm start [-- --scenario <file>] [--headless]
// Builds Inboxlink, starts the sandbox, and opens Chromium with the extension on the sandbox's
// Gmail. With a display: a browser to play with until you close it or press Ctrl-C. Without one:
// screenshots of Gmail, the popup and the side panel in .start-artifacts/<timestamp>/.
import { parseArgs } from 'node:util';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { formatDuration, localBin, run } from './lib/process.mjs';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'sandbox/scenarios/demo.json' },
    headless: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (values.help) {
  console.log('npm start [-- --scenario <file>] [--headless]');
  process.exit(0);
}

async function step(title, action) {
  const started = Date.now();
  console.log(`• ${title}…`);
  const ok = await action();
  console.log(ok ? `  done in ${formatDuration(Date.now() - started)}` : `  ✘ ${title} failed`);
  if (!ok) process.exit(1);
}

await step('Checking dependencies', ensureDeps);
await step('Checking Chromium', ensureChromium);
await step('Building the extension (wxt build)', async () => {
  const { code, output } = await run(localBin('wxt'), ['build'], { quiet: true });
  if (code !== 0) console.error(output);
  return code === 0;
});

// The session itself is TypeScript so it reuses the e2e harness (same launch flags, same sandbox
// client). Ctrl-C reaches both processes; the session handles it, we wait for it to finish.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => undefined);
const args = ['scripts/start-session.ts', '--scenario', values.scenario, ...(values.headless ? ['--headless'] : [])];
const { code } = await run(localBin('tsx'), args);
process.exit(code);
