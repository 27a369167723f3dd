// npm test: everything CI checks, in order, stopping at the first failure.
//   npm test                 all steps
//   npm test -- unit e2e     only the named steps (deps and the browsers' checks always run)
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { ensureFirefox } from './ensure-firefox.mjs';
import { lintFirefox } from './lint-firefox.mjs';
import { formatDuration, localBin, run, stripAnsi } from './lib/process.mjs';

const command = (bin, ...args) => async (env) => ({ ok: (await run(localBin(bin), args, { env })).code === 0 });

/** vitest, with its closing "Test Files … / Tests …" lines kept for our summary. */
const vitest = (...args) => async (env) => {
  const { code, output } = await run(localBin('vitest'), ['run', ...args], { env, tee: true });
  const lines = stripAnsi(output).split('\n');
  const counts = lines.filter((line) => /^\s*(Test Files|Tests)\s/.test(line)).map((line) => line.trim());
  // Vitest names each failed test on a "FAIL file > suite > test" line; kept so the summary (the
  // end of a CI log, often all that is shown of it) says which tests failed, not only how many.
  const failures = [...new Set(lines.filter((line) => /^\s*FAIL\s/.test(line)).map((line) => line.trim()))];
  return { ok: code === 0, note: counts.join('; '), failures };
};
const ensured = (ensure) => async () => ({ ok: await ensure() });

/** Each step: a name you can pass on the command line, a title, and an action resolving to { ok, note? }. */
const steps = [
  { name: 'deps', title: 'dependencies (npm install if needed)', always: true, action: ensured(ensureDeps) },
  { name: 'chromium', title: 'Chromium present', always: true, action: ensured(ensureChromium) },
  { name: 'firefox', title: 'Firefox ESR present', always: true, action: ensured(ensureFirefox) },
  { name: 'typecheck', title: 'typecheck (tsc --noEmit)', action: command('tsc', '--noEmit') },
  { name: 'lint', title: 'lint (eslint .)', action: command('eslint', '.') },
  { name: 'unit', title: 'unit tests (vitest run)', action: vitest() },
  { name: 'build', title: 'build Chrome (wxt build)', action: command('wxt', 'build') },
  { name: 'build-firefox', title: 'build Firefox (wxt build -b firefox)', action: command('wxt', 'build', '-b', 'firefox') },
  { name: 'lint-firefox', title: "Mozilla's add-on linter (web-ext lint) on the Firefox build", action: ensured(lintFirefox) },
  { name: 'e2e', title: 'e2e tests in Chromium and Firefox', action: vitest('--config', 'e2e/vitest.config.ts') },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${steps.map((step) => step.name).join(', ')}`);
  process.exit(2);
}
const selected = steps.filter((step) => step.always || wanted.length === 0 || wanted.includes(step.name));
// When this run builds both browsers, the e2e global setup must not build again; when e2e runs
// alone (`npm test -- e2e`) it builds what it tests.
const builtHere = ['build', 'build-firefox'].every((name) => selected.some((step) => step.name === name));
const envFor = (step) => (step.name === 'e2e' && builtHere ? { INBOXLINK_SKIP_BUILD: '1' } : {});

const results = [];
const started = Date.now();
let failed;
for (const [index, step] of selected.entries()) {
  console.log(`\n▶ [${index + 1}/${selected.length}] ${step.title}`);
  const stepStarted = Date.now();
  const { ok, note, failures = [] } = await step.action(envFor(step));
  const took = Date.now() - stepStarted;
  results.push({ step, ok, took, note, failures });
  console.log(`${ok ? '✔' : '✘'} ${step.title}: ${ok ? 'passed' : 'FAILED'} in ${formatDuration(took)}`);
  if (!ok) {
    failed = step;
    break;
  }
}

console.log('\nSummary');
for (const step of selected) {
  const result = results.find((entry) => entry.step === step);
  const status = !result ? 'skipped' : result.ok ? 'passed' : 'FAILED';
  const took = result ? formatDuration(result.took) : '';
  console.log(`  ${status.padEnd(8)} ${step.name.padEnd(14)} ${took.padEnd(10)} ${result?.note ?? ''}`.trimEnd());
}
const failures = results.flatMap((result) => result.failures);
if (failures.length > 0) {
  console.log(`\nFailed tests${failures.length > 12 ? ` (first 12 of ${failures.length})` : ''}:`);
  for (const line of failures.slice(0, 12)) console.log(`  ${line.slice(0, 200)}`);
}
console.log(failed
  ? `npm test FAILED at "${failed.name}" after ${formatDuration(Date.now() - started)}`
  : `npm test passed in ${formatDuration(Date.now() - started)}`);
process.exit(failed ? 1 : 0);
