/** One poll of a partition's log end offset. */
export interface OffsetAt {
  /** Epoch ms. */
  at: number;
  endOffset: bigint;
}

export interface TimeLag {
  /** How far behind real time the consumer is: age of the oldest message it has not read. */
  seconds: number;
  /**
   * caught-up: committed >= end offset, seconds is 0.
   * interpolated: the commit lies between two polls; exact up to the produce rate between them.
   * extrapolated: the commit is older than our history; dated with the history's average rate.
   * lower-bound: older than our history and no rate to extrapolate with; seconds is the history's age.
   */
  estimate: 'caught-up' | 'interpolated' | 'extrapolated' | 'lower-bound';
}

/**
 * Points after the last reset, in time order. A decreasing end offset means the topic was deleted
 * and recreated: offsets before it belong to another log and would date the commit wrongly.
 */
export function sinceLastReset(history: OffsetAt[]): OffsetAt[] {
  const sorted = [...history].sort((a, b) => a.at - b.at);
  let start = 0;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.endOffset < sorted[i - 1]!.endOffset) start = i;
  }
  return sorted.slice(start);
}

/**
 * Estimate when the log end offset was equal to `committed`, i.e. when the oldest unread message
 * was written, and return its age at `now`. Null when there is no commit (no lag to date) or no
 * history at all (we do not know the end offset).
 */
export function timeLag(history: OffsetAt[], committed: bigint | null, now: number): TimeLag | null {
  if (committed === null) return null;
  const points = sinceLastReset(history);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  if (committed >= last.endOffset) return { seconds: 0, estimate: 'caught-up' };
  const age = (at: number) => Math.max(0, (now - at) / 1000);

  if (committed < first.endOffset) {
    // Further behind than our history reaches: assume the produce rate of the history held before it.
    const dt = last.at - first.at;
    const dOffset = Number(last.endOffset - first.endOffset);
    if (dt <= 0 || dOffset <= 0) return { seconds: age(first.at), estimate: 'lower-bound' };
    const at = first.at - Number(first.endOffset - committed) / (dOffset / dt);
    return { seconds: age(at), estimate: 'extrapolated' };
  }

  // End offsets are non-decreasing after the reset, so exactly one pair straddles the commit.
  for (let i = points.length - 2; i >= 0; i--) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a.endOffset <= committed && committed < b.endOffset) {
      const frac = Number(committed - a.endOffset) / Number(b.endOffset - a.endOffset);
      return { seconds: age(a.at + frac * (b.at - a.at)), estimate: 'interpolated' };
    }
  }
  // Unreachable given the checks above; kept so a logic slip degrades to a safe answer, not a throw.
  return { seconds: age(first.at), estimate: 'lower-bound' };
}
