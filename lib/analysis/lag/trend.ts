// A robust trend of a noisy series: Theil–Sen slope (median of pairwise slopes) and Kendall's tau
// (how consistently it moves one way). A consumer that commits in bursts draws a sawtooth; the
// median ignores the teeth where a step-by-step rule ("lag grew between every pair of samples",
// as Burrow does) sees a dip and calls it fine.

export interface Point {
  t: number;
  y: number;
}

export interface Trend {
  /** Units of y per unit of t (median pairwise slope). */
  slope: number;
  /** Kendall's tau-a in [-1, 1]: 1 = every later point is higher, 0 = no direction. */
  tau: number;
  points: number;
}

/** Pairwise work grows with n²; a window of 10 minutes polled every second is thinned to this. */
export const MAX_TREND_POINTS = 48;

/**
 * The pairwise slopes of one call, reused: at most MAX²/2 of them, so a fixed buffer, not an array
 * grown on every call (this runs ~50 times a poll per group partition and was half of a poll's CPU
 * at 10,000 partitions; bench/README.md).
 */
let buffer = new Float64Array((MAX_TREND_POINTS * (MAX_TREND_POINTS - 1)) / 2);

export function trendOf(all: readonly Point[], maxPoints = MAX_TREND_POINTS): Trend {
  const ts = new Float64Array(all.length);
  const ys = new Float64Array(all.length);
  all.forEach((p, i) => {
    ts[i] = p.t;
    ys[i] = p.y;
  });
  return trendOfRange(ts, ys, 0, all.length, maxPoints);
}

/**
 * The trend of the points lo..hi-1 of two parallel columns, so a caller judging several spans of
 * one series builds it once instead of an array of objects per span. Longer ranges are thinned
 * to maxPoints evenly spaced by index, keeping the first and last.
 */
export function trendOfRange(ts: Float64Array, ys: Float64Array, lo: number, hi: number, maxPoints = MAX_TREND_POINTS): Trend {
  const len = Math.max(0, hi - lo);
  const n = Math.min(len, maxPoints);
  const at = (i: number) => (len <= maxPoints ? lo + i : lo + Math.round((i * (len - 1)) / (maxPoints - 1)));
  const most = (n * (n - 1)) / 2;
  if (buffer.length < most) buffer = new Float64Array(most);
  let pairs = 0;
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < n; i++) {
    const ai = at(i);
    for (let j = i + 1; j < n; j++) {
      const bj = at(j);
      const dt = ts[bj]! - ts[ai]!;
      if (dt <= 0) continue;
      const s = (ys[bj]! - ys[ai]!) / dt;
      buffer[pairs++] = s;
      if (s > 0) concordant++;
      else if (s < 0) discordant++;
    }
  }
  if (pairs === 0) return { slope: 0, tau: 0, points: n };
  const mid = pairs >> 1;
  const upper = select(buffer, pairs, mid);
  // After selecting the upper middle, every value before it is ≤ it: the lower middle is their largest.
  let lower = -Infinity;
  if (pairs % 2 === 0) for (let i = 0; i < mid; i++) if (buffer[i]! > lower) lower = buffer[i]!;
  const slope = pairs % 2 === 1 ? upper : (lower + upper) / 2;
  return { slope, tau: (concordant - discordant) / pairs, points: n };
}

/**
 * The k-th smallest of xs[0..n-1] (Hoare's selection; reorders xs so that xs[i] ≤ xs[k] for i < k).
 * Linear on average where a sort is n log n: the median is all the trend needs. Written here as
 * typed arrays have no selection of their own; slopes are finite numbers (dt > 0), so plain
 * comparisons order them as the sort did.
 */
function select(xs: Float64Array, n: number, k: number): number {
  let left = 0;
  let right = n - 1;
  while (right > left) {
    const pivot = xs[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (xs[i]! < pivot) i++;
      while (xs[j]! > pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return xs[k]!;
}
