/**
 * npm run bench [-- --no-build] [-- --only <part of a group name>]...
 * Builds and zips the production extension (`wxt zip`), runs every figure group, prints a table
 * and writes .output/bench.json as {"<figure>": {"value": n, "unit": "...", "goal": n|null}}.
 * `--only idb --only popup` runs just the groups whose name contains one of those words (case
 * ignored) and merges their figures into the existing bench.json, so one figure can be re-measured
 * without the minutes the whole run takes.
 * To add figures: write bench/<group>.ts exporting a FigureGroup and list it in `groups` below.
 * Benchmarks report; they never fail a test run on timing.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromeBuildDir, localBin, repoRoot } from '../e2e/harness/paths';
import { bundleSizes } from './bundle-size';
import { contentScriptFigures } from './content-script';
import { msalChunk } from './msal-chunk';
import { popupFirstStatus } from './popup-first-status';
import { sidepanelScale } from './sidepanel-scale';
import { idbFigures } from './idb';
import { importFigures } from './import';
import { peopleScale } from './people';
import { historyFigures } from './history';
import { syncBrowser } from './sync-browser';
import { syncFull } from './sync-full';
import { workerColdStart } from './worker-cold-start';
import type { BenchContext, FigureGroup, Figures } from './figure';
import { formatTable, writeFigures } from './report';
import { zipSize } from './zip-size';
import { zipRatio } from './zip-ratio';

const groups: FigureGroup[] = [bundleSizes, zipSize, zipRatio, syncFull, syncBrowser, idbFigures, workerColdStart, contentScriptFigures, popupFirstStatus, sidepanelScale, historyFigures, msalChunk, peopleScale, importFigures];

const { values } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, only: { type: 'string', multiple: true } },
  strict: true,
});
const only = (values.only ?? []).map((word) => word.toLowerCase());
const selected = only.length === 0 ? groups : groups.filter((group) => only.some((word) => group.name.toLowerCase().includes(word)));
if (selected.length === 0) {
  console.error(`--only ${only.join(', ')} matches no group; groups: ${groups.map((group) => group.name).join(', ')}`);
  process.exit(1);
}
const outputDir = path.join(repoRoot, '.output');

if (!values['no-build']) {
  console.log('Building and zipping the production extension (wxt zip)…');
  const result = spawnSync(localBin('wxt'), ['zip'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error('wxt zip failed; nothing measured.');
    process.exit(1);
  }
}

const context: BenchContext = { repoRoot, buildDir: chromeBuildDir, outputDir };
const file = path.join(outputDir, 'bench.json');
// A partial run keeps the figures of the groups it skipped.
const figures: Figures = only.length === 0 ? {} : await readFile(file, 'utf8').then((text) => JSON.parse(text) as Figures, () => ({}));
const measured: Figures = {};
// A group that cannot measure is named with its reason and the others still run: one broken
// figure should not hide the rest. The run then exits with an error.
const failed: string[] = [];
for (const group of selected) {
  const started = Date.now();
  try {
    Object.assign(measured, await group.collect(context));
    console.log(`  ${group.name}: ${Date.now() - started} ms`);
  } catch (error) {
    failed.push(group.name);
    console.error(`  ✘ ${group.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

await writeFigures(file, { ...figures, ...measured });
console.log(`\n${formatTable(measured)}\n\nWrote ${path.relative(process.cwd(), file)}`);
if (failed.length > 0) {
  console.error(`\n✘ not measured: ${failed.join(', ')}`);
  process.exitCode = 1;
}
