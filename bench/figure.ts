/**
 * One measured number. `goal` is the budget we hold it to, or null while we only watch it. A ratio
 * names its `floor`: the least the same work costs, measured in the same run the same way (a
 * minimal extension's page or worker, plain IndexedDB calls, a bare request loop...).
 */
export interface Figure {
  value: number;
  unit: string;
  goal: number | null;
  floor?: Floor;
}

export interface Floor {
  value: number;
  unit: string;
  /** What the floor is, in a few words ("plain IndexedDB puts, same pages"). */
  of: string;
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

/** A ratio figure with its floor beside it; `value` is rounded to two decimals. */
export function ratio(measured: number, floor: Floor, goal: number | null): Figure {
  return { value: floor.value > 0 ? Math.round((measured / floor.value) * 100) / 100 : Number.NaN, unit: 'x', goal, floor };
}

export function kilobytes(bytes: number): number {
  return Math.round((bytes / 1024) * 100) / 100;
}
