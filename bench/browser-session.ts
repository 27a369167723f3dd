import { launchBrowser, type ExtensionBrowser } from '../e2e/harness/browser';
import { startSandbox, type RunningSandbox, type Scenario } from '../e2e/harness/sandbox';

/**
 * Chromium's own start-up (its omnibox popup page and other internal pages) keeps both cores of a
 * small machine busy for about the first two seconds after launch: a figure timed then says more
 * about Chromium's start than about the extension.
 */
const SETTLE_AFTER_LAUNCH_MS = 3_000;

export const settleAfterLaunch = () => new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_LAUNCH_MS));

/**
 * The production build in Debian's Chromium against the sandbox (the demo world, or `scenario`),
 * for figures measured in a real browser (the same harness as the e2e suite), handed over once the
 * browser has settled. Always closes both, even when the figure fails.
 */
export async function withExtensionBrowser<T>(use: (eb: ExtensionBrowser, sandbox: RunningSandbox) => Promise<T>, scenario?: Scenario): Promise<T> {
  const sandbox = await startSandbox();
  let eb: ExtensionBrowser | undefined;
  try {
    if (scenario) await sandbox.putState(scenario);
    eb = await launchBrowser({ sandbox });
    await settleAfterLaunch();
    return await use(eb, sandbox);
  } finally {
    await eb?.close();
    await sandbox.stop();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
