/**
 * The time an import still needs, from how fast it has gone lately: the results of the last
 * `window` rows (their times, oldest first) give a rate; without enough of them, the rate limit's
 * own pace (requests per interval) stands in. Pure, so the progress bar and its tests agree.
 */
export interface Pace {
  /** Result times (epoch ms) of the most recent rows, oldest first. */
  recent: readonly number[];
  remaining: number;
  /** The rate limit as known (HubSpot: 100 or 190 per 10 s). */
  limit: { max: number; intervalMs: number };
}

export function timeLeftMs({ recent, remaining, limit }: Pace): number {
  if (remaining <= 0) return 0;
  const boundPerMs = limit.max / limit.intervalMs;
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (recent.length < 10 || first === undefined || last === undefined || last <= first) return Math.ceil(remaining / boundPerMs);
  const observedPerMs = (recent.length - 1) / (last - first);
  // Never promise faster than the limit allows.
  return Math.ceil(remaining / Math.min(observedPerMs, boundPerMs));
}
