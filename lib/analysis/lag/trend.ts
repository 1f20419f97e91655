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

/** Evenly spaced (by index) subset keeping the first and last points. */
function thin(points: readonly Point[], max: number): readonly Point[] {
  if (points.length <= max) return points;
  const out: Point[] = [];
  for (let i = 0; i < max; i++) out.push(points[Math.round((i * (points.length - 1)) / (max - 1))]!);
  return out;
}

/**
 * The pairwise slopes of one call, reused: at most MAX²/2 of them, so a fixed buffer, not an array
 * grown and sorted with a comparator on every call (this ran ~50 times a poll per group partition
 * and was half of a poll's CPU at 10,000 partitions; bench/README.md). A typed array sorts
 * numbers in native code; the median is the same value either way.
 */
let buffer = new Float64Array((MAX_TREND_POINTS * (MAX_TREND_POINTS - 1)) / 2);

export function trendOf(all: readonly Point[], maxPoints = MAX_TREND_POINTS): Trend {
  const points = thin(all, maxPoints);
  const n = points.length;
  const most = (n * (n - 1)) / 2;
  if (buffer.length < most) buffer = new Float64Array(most);
  let pairs = 0;
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < n; i++) {
    const a = points[i]!;
    for (let j = i + 1; j < n; j++) {
      const b = points[j]!;
      const dt = b.t - a.t;
      if (dt <= 0) continue;
      const s = (b.y - a.y) / dt;
      buffer[pairs++] = s;
      if (s > 0) concordant++;
      else if (s < 0) discordant++;
    }
  }
  if (pairs === 0) return { slope: 0, tau: 0, points: n };
  const slopes = buffer.subarray(0, pairs).sort();
  const mid = pairs >> 1;
  const slope = pairs % 2 === 1 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;
  return { slope, tau: (concordant - discordant) / pairs, points: n };
}
