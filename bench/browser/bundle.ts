import path from 'node:path';
import { build, type Rollup } from 'vite';

/**
 * Bundles a browser-side benchmark entry (and the lib/ code it imports) into one IIFE script, to
 * be evaluated in an extension page over CDP: extension pages' CSP forbids inline <script>, but
 * DevTools evaluation is not subject to it. Minified like the production build.
 */
export async function bundleForBrowser(repoRoot: string, entry: string): Promise<string> {
  const result = await build({
    root: repoRoot,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'chrome120',
      lib: { entry: path.join(repoRoot, entry), formats: ['iife'], name: 'inboxlinkBenchBundle', fileName: 'bench' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error(`bundling ${entry} produced no script`);
  return chunk.code;
}
