import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { kilobytes, type BenchContext, type FigureGroup, type Figures } from './figure';

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/**
 * bundle.<entry>.raw / .gz: what each entrypoint makes the browser load — the page's HTML plus
 * every script and stylesheet it references, following static imports between chunks (shared
 * chunks count for every entry that loads them, as they do at run time). Dynamic import()s are
 * left out: they are not part of the first load.
 */
export const bundleSizes: FigureGroup = {
  name: 'bundle sizes',
  async collect({ buildDir }: BenchContext): Promise<Figures> {
    const manifest = JSON.parse(await readFile(path.join(buildDir, 'manifest.json'), 'utf8')) as Manifest;
    const entries = new Map<string, string[]>();

    const worker = manifest.background?.service_worker;
    if (worker) entries.set('background', [worker]);
    for (const file of await readdir(buildDir)) {
      if (file.endsWith('.html')) entries.set(path.basename(file, '.html'), [file]);
    }
    for (const script of manifest.content_scripts ?? []) {
      const files = [...(script.js ?? []), ...(script.css ?? [])];
      const first = files[0];
      if (first) entries.set(path.basename(first).replace(/\.(js|css)$/, ''), files);
    }

    const figures: Figures = {};
    for (const [entry, roots] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
      const files = await loadedFiles(buildDir, roots);
      let raw = 0;
      let gz = 0;
      for (const file of files) {
        const content = await readFile(path.join(buildDir, file));
        raw += content.length;
        gz += gzipSync(content, { level: 9 }).length;
      }
      figures[`bundle.${entry}.raw`] = { value: kilobytes(raw), unit: 'KB', goal: null };
      figures[`bundle.${entry}.gz`] = { value: kilobytes(gz), unit: 'KB', goal: null };
    }
    return figures;
  },
};

/** The roots plus everything they reference, as paths relative to the build directory. */
async function loadedFiles(buildDir: string, roots: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = roots.map((root) => path.posix.normalize(root.replace(/^\//, '')));
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file) || !existsSync(path.join(buildDir, file))) continue;
    seen.add(file);
    if (!/\.(html|js)$/.test(file)) continue;
    const text = await readFile(path.join(buildDir, file), 'utf8');
    for (const reference of references(text, file.endsWith('.html'))) {
      const resolved = reference.startsWith('/')
        ? reference.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(file), reference));
      queue.push(resolved);
    }
  }
  return seen;
}

function references(text: string, isHtml: boolean): string[] {
  const found: string[] = [];
  // HTML: <script src>, <link href> (modulepreload, stylesheet). JS: `import "x"`, `from "x"`,
  // but not `import("x")` (a lazy chunk).
  const pattern = isHtml ? /\b(?:src|href)=["']([^"':]+)["']/g : /(?:\bfrom|\bimport)\s*["']([^"']+\.(?:js|css))["']/g;
  for (const match of text.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}
