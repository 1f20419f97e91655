/** A reading of a partition's log end offset at a time: lag samples and end-offset history both are. */
interface EndAt {
  /** Epoch ms. */
  at: number;
  endOffset: bigint;
}

/**
 * The points from the last reset on, in time order. A decreasing end offset means a new log (the
 * topic was deleted and recreated): offsets before it belong to another log, so the history
 * restarts there. It serves histories held as arrays; the collector's own (EndHistory,
 * SampleHistory) track their last reset as points arrive. In time order nothing is copied or
 * sorted; out of order, a stably sorted copy is used, which gives the same points a sort always gave.
 */
export function sinceLastReset<T extends EndAt>(points: readonly T[]): { points: readonly T[]; resetAt: number | null } {
  let ordered = true;
  for (let i = 1; i < points.length && ordered; i++) ordered = points[i - 1]!.at <= points[i]!.at;
  const sorted = ordered ? points : [...points].sort((a, b) => a.at - b.at);
  let start = 0;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.endOffset < sorted[i - 1]!.endOffset) start = i;
  }
  return { points: start === 0 ? sorted : sorted.slice(start), resetAt: start > 0 ? sorted[start]!.at : null };
}
