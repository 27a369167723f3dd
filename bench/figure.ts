/** One measured number. `goal` is the budget we hold it to, or null while we only watch it. */
export interface Figure {
  value: number;
  unit: string;
  goal: number | null;
}

export type Figures = Record<string, Figure>;

/** A group of related figures (bundle sizes, sandbox latency, ...), one file under bench/. */
export interface FigureGroup {
  name: string;
  /** The group measures the build in `buildDir` (and may add files next to it). */
  collect(context: BenchContext): Promise<Figures>;
}

export interface BenchContext {
  repoRoot: string;
  /** .output/chrome-mv3, freshly built by bench/run.ts. */
  buildDir: string;
  /** .output, where wxt puts zips and we put bench.json. */
  outputDir: string;
}

export function kilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 100) / 100;
}
