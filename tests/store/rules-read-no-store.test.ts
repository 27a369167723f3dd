/**
 * ARCHITECTURE.md: rules read a snapshot handed to them; assembling it from the store belongs
 * beside the store (lib/store/reads) or in the background. This follows every value import (type
 * imports carry no code) from each file of lib/status and lib/diagnose, transitively, and fails if
 * one reaches the code that opens or reads IndexedDB.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RULE_FOLDERS = ['lib/status', 'lib/diagnose'];
/** The modules that open or read the database (lib/store/reads: the snapshots' readers). */
const STORE_READERS = [/^lib\/store\/(open|open-database|access|repo[^/]*|reads\/[^/]+)\.ts$/, /\/read-facts\.ts$/, /^lib\/history\/read\.ts$/];
const DB_CALLS = /\bindexedDB\b|\bopenStore\s*\(|\.transaction\s*\(/;

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The relative modules a file imports for their values (`import type` and `export type` skipped). */
function valueImports(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  const modules = /^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)';|^import\s+()'(\.[^']+)';/gms;
  for (const match of source.matchAll(modules)) {
    const path = match[2] ?? match[4];
    if (match[1] || !path) continue;
    const base = resolve(ROOT, dirname(file), path);
    const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
    const hit = candidates.find((candidate) => existsSync(candidate));
    if (hit) found.push(relative(ROOT, hit));
  }
  return found;
}

/** The chain of value imports from `start` to a store reader, if any. */
function pathToStore(start: string): string[] | undefined {
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  while (queue.length > 0) {
    const chain = queue.shift() as string[];
    const file = chain[chain.length - 1] as string;
    if (chain.length > 1 && STORE_READERS.some((pattern) => pattern.test(file))) return chain;
    for (const next of valueImports(file)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push([...chain, next]);
    }
  }
  return undefined;
}

const ruleFiles = RULE_FOLDERS.flatMap(sourcesUnder);

describe('the status and findings rules receive a snapshot', () => {
  it('finds the rule files', () => {
    expect(ruleFiles).toContain('lib/status/mailbox-status.ts');
    expect(ruleFiles).toContain('lib/diagnose/run.ts');
  });

  it.each(ruleFiles)('%s neither reads the database nor imports what does', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).not.toMatch(DB_CALLS);
    expect(pathToStore(file)).toBeUndefined();
  });

  it('the check sees a store read when there is one (the background refresh imports the snapshot reader)', () => {
    expect(pathToStore('lib/background/refresh-findings.ts')).toEqual(['lib/background/refresh-findings.ts', 'lib/store/reads/diagnose-snapshot.ts']);
  });
});
