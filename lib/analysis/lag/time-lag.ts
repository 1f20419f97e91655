import { EndHistory, type EndSeries } from './end-history';
import { sinceLastReset as afterReset } from './last-reset';

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

/** Points after the last reset, in time order (see lib/analysis/lag/last-reset.ts). */
export function sinceLastReset(history: readonly OffsetAt[]): readonly OffsetAt[] {
  return afterReset(history).points;
}

/**
 * Estimate when the log end offset was equal to `committed`, i.e. when the oldest unread message
 * was written, and return its age at `now`. Null when there is no commit (no lag to date) or no
 * history at all (we do not know the end offset).
 */
export function timeLag(history: readonly OffsetAt[] | EndHistory, committed: bigint | null, now: number, latest?: OffsetAt): TimeLag | null {
  if (committed === null) return null;
  const points = withLatest(history, latest);
  const n = points.length;
  if (n === 0) return null;
  const first = { at: points.at(0), endOffset: points.end(0) };
  const last = { at: points.at(n - 1), endOffset: points.end(n - 1) };
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

  // End offsets are non-decreasing after the reset, so exactly one pair straddles the commit: the
  // last point at or below it and the next. end(lo) ≤ committed < end(hi) holds throughout.
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points.end(mid) <= committed) lo = mid;
    else hi = mid;
  }
  const a = { at: points.at(lo), endOffset: points.end(lo) };
  const b = { at: points.at(hi), endOffset: points.end(hi) };
  const frac = Number(committed - a.endOffset) / Number(b.endOffset - a.endOffset);
  return { seconds: age(a.at + frac * (b.at - a.at)), estimate: 'interpolated' };
}

const columns = (xs: readonly OffsetAt[]): EndSeries => ({ length: xs.length, at: (i) => xs[i]!.at, end: (i) => xs[i]!.endOffset });

/**
 * sinceLastReset(history + latest), without copying the history: the lag of every group partition
 * is dated on every poll against its partition's end offsets of the last six hours, and this
 * poll's reading comes last in time (otherwise the history is copied and sorted, as always).
 */
function withLatest(history: readonly OffsetAt[] | EndHistory, latest: OffsetAt | undefined): EndSeries {
  const before = history instanceof EndHistory ? history.sinceReset() : columns(sinceLastReset(history));
  if (!latest) return before;
  const n = before.length;
  if (n > 0 && before.at(n - 1) > latest.at) {
    const all = history instanceof EndHistory ? history.toArray() : [...history];
    return columns(sinceLastReset([...all, latest]));
  }
  if (n > 0 && latest.endOffset < before.end(n - 1)) return columns([latest]); // the latest reading starts a new log
  return { length: n + 1, at: (i) => (i === n ? latest.at : before.at(i)), end: (i) => (i === n ? latest.endOffset : before.end(i)) };
}
