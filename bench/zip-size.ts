import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { kilobytes, type BenchContext, type FigureGroup, type Figures } from './figure';

/**
 * bundle.zip.gz: the size of the Chrome zip `wxt zip` makes — what the store receives and users
 * download (zip entries are deflated, hence .gz). bundle.zip.raw: the unpacked build it contains.
 */
export const zipSize: FigureGroup = {
  name: 'zip size',
  async collect({ buildDir, outputDir }: BenchContext): Promise<Figures> {
    const zips = (await readdir(outputDir)).filter((file) => file.endsWith('-chrome.zip'));
    const newest = await newestOf(zips.map((file) => path.join(outputDir, file)));
    if (!newest) throw new Error(`no *-chrome.zip in ${outputDir}: did \`wxt zip\` run?`);
    return {
      'bundle.zip.gz': { value: kilobytes((await stat(newest)).size), unit: 'KB', goal: null },
      'bundle.zip.raw': { value: kilobytes(await directorySize(buildDir)), unit: 'KB', goal: null },
    };
  },
};

async function newestOf(files: string[]): Promise<string | undefined> {
  let best: { file: string; mtime: number } | undefined;
  for (const file of files) {
    const mtime = (await stat(file)).mtimeMs;
    if (!best || mtime > best.mtime) best = { file, mtime };
  }
  return best?.file;
}

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directorySize(full) : (await stat(full)).size;
  }
  return total;
}
