/**
 * npm run bench [-- --no-build]
 * Builds and zips the production extension (`wxt zip`), runs every figure group, prints a table
 * and writes .output/bench.json as {"<figure>": {"value": n, "unit": "...", "goal": n|null}}.
 * To add figures: write bench/<group>.ts exporting a FigureGroup and list it in `groups` below.
 * Benchmarks report; they never fail a test run on timing.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromeBuildDir, localBin, repoRoot } from '../e2e/harness/paths';
import { bundleSizes } from './bundle-size';
import { contentScriptFigures } from './content-script';
import { msalChunk } from './msal-chunk';
import { popupFirstStatus } from './popup-first-status';
import { idbFigures } from './idb';
import { syncFull } from './sync-full';
import { workerColdStart } from './worker-cold-start';
import type { BenchContext, FigureGroup, Figures } from './figure';
import { formatTable, writeFigures } from './report';
import { zipSize } from './zip-size';

const groups: FigureGroup[] = [bundleSizes, zipSize, syncFull, idbFigures, workerColdStart, contentScriptFigures, popupFirstStatus, msalChunk];

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } }, strict: true });
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
const figures: Figures = {};
for (const group of groups) {
  const started = Date.now();
  Object.assign(figures, await group.collect(context));
  console.log(`  ${group.name}: ${Date.now() - started} ms`);
}

const file = path.join(outputDir, 'bench.json');
await writeFigures(file, figures);
console.log(`\n${formatTable(figures)}\n\nWrote ${path.relative(process.cwd(), file)}`);
