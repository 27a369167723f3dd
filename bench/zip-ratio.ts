import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { kilobytes, type BenchContext, type FigureGroup, type Figures } from './figure';
import { MSAL_MARKERS } from './msal-chunk';
import { catalogFilePath } from '../lib/i18n/catalog-files';
import { LOCALES } from '../lib/i18n';
import { SHARED_DOMAINS_FILE } from '../lib/partner/shared-domains-file';

/** The package paths of the data files modules/packaged-data.ts writes. */
const PACKAGED_DATA = new Set<string>([...LOCALES.map(catalogFilePath), SHARED_DOMAINS_FILE]);

/**
 * bundle.zip.ratio-to-minimal: our Chrome package without the MSAL chunk (loaded only by the
 * Microsoft sign-in page) divided by a minimal WXT + Preact extension with the same kinds of
 * entrypoints — popup, side panel, background, one content script — built in the same run with
 * the same toolchain. Both sized as a zip would store them (each file deflated, plus zip headers),
 * so the figure says how much our own code and libraries weigh over the floor. Goal ≤ 4.
 */
export const zipRatio: FigureGroup = {
  name: 'zip ratio to a minimal extension',
  async collect({ buildDir, repoRoot }: BenchContext): Promise<Figures> {
    const ours = zippedParts(buildDir, (text) => MSAL_MARKERS.some((marker) => text.includes(marker)));
    const minimalDir = mkdtempSync(path.join(os.tmpdir(), 'inboxlink-minimal-'));
    try {
      const minimal = zippedParts(buildMinimal(minimalDir, repoRoot), () => false).total;
      const ratio = (bytes: number) => Math.round((bytes / minimal) * 100) / 100;
      return {
        'bundle.zip.without-msal': { value: kilobytes(ours.total), unit: 'KB', goal: null },
        'bundle.zip.minimal-extension': { value: kilobytes(minimal), unit: 'KB', goal: null },
        'bundle.zip.ratio-to-minimal': { value: ratio(ours.total), unit: 'x', goal: 4 },
        // Why the goal above is out of reach, in the same run: the text and data the product must
        // ship (every UI string in five languages, the maintained shared-mail-domain list) against
        // the same floor, and what the code alone weighs over it.
        'bundle.zip.packaged-data': { value: kilobytes(ours.data), unit: 'KB', goal: null },
        'bundle.zip.packaged-data.ratio-to-minimal': { value: ratio(ours.data), unit: 'x', goal: null },
        'bundle.zip.code.ratio-to-minimal': { value: ratio(ours.total - ours.data), unit: 'x', goal: null },
      };
    } finally {
      rmSync(minimalDir, { recursive: true, force: true });
    }
  },
};

/**
 * Bytes a zip of `dir` takes: deflated entries with their local and central headers; files `skip`
 * says to leave out are left out. `data` is the part taken by the packaged data files (the
 * catalogs and the domain list that modules/packaged-data.ts writes).
 */
function zippedParts(dir: string, skip: (text: string) => boolean): { total: number; data: number } {
  let total = 22; // end of central directory
  let data = 0;
  for (const file of filesOf(dir)) {
    const bytes = readFileSync(path.join(dir, file));
    if (file.endsWith('.js') && skip(bytes.toString('utf8'))) continue;
    const name = Buffer.byteLength(file);
    const entry = Math.min(deflateRawSync(bytes, { level: 9 }).length, bytes.length) + 30 + 46 + 2 * name;
    total += entry;
    if (PACKAGED_DATA.has(`/${file}`)) data += entry;
  }
  return { total, data };
}

function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? filesOf(dir, relative) : [relative];
  });
}

const MINIMAL_FILES: Record<string, string> = {
  'wxt.config.ts': `import { defineConfig } from 'wxt';
export default defineConfig({
  manifestVersion: 3,
  manifest: { name: 'Minimal', permissions: ['storage', 'sidePanel'] },
  vite: () => ({ esbuild: { jsx: 'automatic', jsxImportSource: 'preact' } }),
});
`,
  'tsconfig.json': '{ "extends": "./.wxt/tsconfig.json", "compilerOptions": { "jsx": "react-jsx", "jsxImportSource": "preact" } }\n',
  'package.json': '{ "name": "minimal", "private": true, "type": "module" }\n',
  'entrypoints/background.ts': `export default defineBackground(() => {
  browser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true }));
});
`,
  'entrypoints/mail.content.ts': `export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main() {
    const chip = document.createElement('span');
    chip.textContent = 'Minimal';
    document.body.append(chip);
  },
});
`,
  'entrypoints/popup/index.html': '<!doctype html><html><body><div id="app"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  'entrypoints/popup/main.tsx': `import { render } from 'preact';
render(<p>Popup</p>, document.getElementById('app')!);
`,
  'entrypoints/sidepanel/index.html': '<!doctype html><html><body><div id="app"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  'entrypoints/sidepanel/main.tsx': `import { render } from 'preact';
import { useState } from 'preact/hooks';
function Panel() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}
render(<Panel />, document.getElementById('app')!);
`,
};

/** Writes and builds the minimal extension with this checkout's node_modules; returns its build folder. */
function buildMinimal(dir: string, repoRoot: string): string {
  for (const [file, text] of Object.entries(MINIMAL_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const result = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the minimal extension did not build:\n${result.stdout}\n${result.stderr}`);
  return path.join(dir, '.output', 'chrome-mv3');
}
