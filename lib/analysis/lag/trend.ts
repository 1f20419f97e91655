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

export function trendOf(all: readonly Point[], maxPoints = MAX_TREND_POINTS): Trend {
  const points = thin(all, maxPoints);
  const slopes: number[] = [];
  let concordant = 0;
  let discordant = 0;
  let pairs = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      const dt = b.t - a.t;
      if (dt <= 0) continue;
      const s = (b.y - a.y) / dt;
      slopes.push(s);
      pairs++;
      if (s > 0) concordant++;
      else if (s < 0) discordant++;
    }
  }
  if (pairs === 0) return { slope: 0, tau: 0, points: points.length };
  slopes.sort((x, y) => x - y);
  const mid = slopes.length >> 1;
  const slope = slopes.length % 2 === 1 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;
  return { slope, tau: (concordant - discordant) / pairs, points: points.length };
}
