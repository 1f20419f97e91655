// Is the lag growing? Judged on the samples since the consumer last caught up (or the whole
// window when it never did), with a robust trend, relative to how fast the topic is written.
// Trailing spans of several lengths are tried, so a consumer that started falling behind two
// minutes ago is seen without waiting for a window full of history, and a slow drift is seen
// over the longest span.
import { trendOfRange } from './trend';
import type { KnownRun } from './sample-history';
import type { KnownSample } from './status-rules';

export interface GrowthConfig {
  /** The samples judged must span at least this long before lag counts as growing. */
  trendMinSpanMs: number;
  /** How consistently lag must rise (Kendall's tau over the samples) to count as growing. */
  warnMinTau: number;
  /** Lag growth as a share of the produce rate: 0.02 = it falls behind by 2 % of what is written. */
  warnBehindRate: number;
}

export type GrowthKind = 'growing' | 'shrinking' | 'flat' | 'too-short' | 'no-writes';

export interface Growth {
  kind: GrowthKind;
  first: KnownSample;
  last: KnownSample;
  spanMs: number;
  /** Robust slope of lag, messages per second. */
  messagesPerSecond: number;
  /** Seconds of lag gained per second (slope ÷ produce rate); null without writes. */
  behindRate: number | null;
  /** The shortest span a trend needs here (longer when the consumer commits rarely). */
  neededSpanMs: number;
}

/**
 * A run of samples as the trend reads it: time and lag in the run's own columns. Every span judged
 * (trailing spans, the halves of one, the recent tail) is a contiguous index range of the
 * time-ordered run, so none needs a copy of its own.
 */
class Series {
  private readonly t: Float64Array;
  private readonly y: Float64Array;
  private readonly off: number;
  readonly length: number;
  constructor(readonly run: KnownRun) {
    const { t, y, offset } = run.columns();
    this.t = t;
    this.y = y;
    this.off = offset;
    this.length = run.length;
  }
  at(i: number): number {
    return this.t[this.off + i]!;
  }
  lag(i: number): number {
    return this.y[this.off + i]!;
  }
  trend(lo: number, hi: number) {
    return trendOfRange(this.t, this.y, this.off + lo, this.off + hi);
  }
  /** First index whose time is ≥ at (the run is in time order). */
  from(at: number, lo = 0, hi = this.length): number {
    while (lo < hi && this.at(lo) < at) lo++;
    return lo;
  }
  /** One past the last index whose time is ≤ at, within lo..hi. */
  through(at: number, lo: number, hi: number): number {
    let i = lo;
    while (i < hi && this.at(i) <= at) i++;
    return i;
  }
}

/**
 * Typical time between commits in the samples: the sawtooth period of a consumer that commits in
 * bursts. 0 when the commit never moved (no teeth: a stuck consumer's lag is a straight line).
 */
export function commitInterval(samples: KnownRun): number {
  const n = samples.length;
  let count = 0;
  let first = 0;
  let previous = 0;
  // The gaps between changes, at most one per sample.
  const gaps = new Float64Array(Math.max(0, n - 2));
  for (let i = 1; i < n; i++) {
    if (samples.sameCommit(i, i - 1)) continue;
    const at = samples.at(i);
    if (count === 0) first = at;
    else gaps[count - 1] = at - previous;
    previous = at;
    count++;
  }
  if (count === 0) return 0;
  if (count === 1) return Math.max(first - samples.at(0), samples.at(n - 1) - first);
  const sorted = gaps.subarray(0, count - 1).sort();
  return sorted[sorted.length >> 1]!;
}

/** Cheap pre-check: the last quarter's mean lag above the first quarter's, else no trend can be up. */
function risesAtAll(xs: Series, lo: number, hi: number): boolean {
  const q = Math.max(1, (hi - lo) >> 2);
  const mean = (a: number, b: number) => {
    let sum = 0;
    for (let i = a; i < b; i++) sum += xs.lag(i);
    return sum / (b - a);
  };
  return mean(hi - q, hi) > mean(lo, lo + q);
}

/** Judges the samples lo..hi-1 of the run. */
function judge(xs: Series, lo: number, hi: number, cfg: GrowthConfig, minTau: number): Omit<Growth, 'neededSpanMs'> {
  const first = xs.run.sample(lo);
  const last = xs.run.sample(hi - 1);
  const spanMs = last.at - first.at;
  const base = { first, last, spanMs };
  const produced = xs.run.produced(lo, hi - 1);
  if (spanMs <= 0 || produced <= 0) return { ...base, kind: 'no-writes', messagesPerSecond: 0, behindRate: null };
  const trend = xs.trend(lo, hi);
  const out = { ...base, messagesPerSecond: trend.slope * 1000, behindRate: trend.slope / (produced / spanMs) };
  if (trend.slope < 0 && trend.tau < 0) return { ...out, kind: 'shrinking' };
  if (trend.slope <= 0 || trend.tau < minTau || out.behindRate < cfg.warnBehindRate) return { ...out, kind: 'flat' };
  // Sustained: rising in each half of the span, so a short hiccup (a rebalance) at its end is no trend.
  // The halves share the sample at the midpoint when one falls on it.
  const mid = first.at + spanMs / 2;
  const halves: [number, number][] = [
    [lo, xs.through(mid, lo, hi)],
    [xs.from(mid, lo, hi), hi],
  ];
  const minSlope = cfg.warnBehindRate * (produced / spanMs);
  if (halves.some(([a, b]) => b - a < 3 || xs.trend(a, b).slope < minSlope)) return { ...out, kind: 'flat' };
  return { ...out, kind: 'growing' };
}

/**
 * `run` is time-ordered and non-empty. `wasWarn` lowers the consistency bar for staying WARN
 * (hysteresis), so a consumer hovering at the threshold does not flip WARN/OK every poll.
 */
export function assessGrowth(run: KnownRun, cfg: GrowthConfig, wasWarn = false): Growth {
  const lastAt = run.at(run.length - 1);
  const fullSpan = lastAt - run.at(0);
  // A trend needs three teeth of the sawtooth at least.
  const neededSpanMs = Math.max(cfg.trendMinSpanMs, 3 * commitInterval(run));
  const minTau = wasWarn ? cfg.warnMinTau * 0.6 : cfg.warnMinTau;
  const xs = new Series(run);
  const overall = { ...judge(xs, 0, run.length, cfg, minTau), neededSpanMs };
  if (overall.kind === 'shrinking' || overall.kind === 'no-writes') return overall;
  if (fullSpan < neededSpanMs) return { ...overall, kind: 'too-short' };
  const spans: number[] = [];
  for (let s = neededSpanMs; s < fullSpan; s *= 2) spans.push(s);
  spans.push(fullSpan);
  const draining = drainingNow(xs, neededSpanMs);
  for (const span of spans.reverse()) {
    const lo = xs.from(lastAt - span);
    if (run.length - lo < 4 || !risesAtAll(xs, lo, run.length)) continue;
    const g = judge(xs, lo, run.length, cfg, minTau);
    if (g.kind !== 'growing') continue;
    // Growing over the span, but draining now (a burst's backlog being worked off) is no trend.
    return { ...g, kind: draining ? 'shrinking' : 'growing', neededSpanMs };
  }
  return draining ? { ...overall, kind: 'shrinking' } : overall;
}

/** Lag consistently falling over the last half of the shortest judgeable span. */
function drainingNow(xs: Series, neededSpanMs: number): boolean {
  const n = xs.length;
  const lo = xs.from(xs.at(n - 1) - neededSpanMs / 2);
  if (n - lo < 4) return false;
  const r = xs.trend(lo, n);
  return r.slope < 0 && r.tau <= -0.3;
}
