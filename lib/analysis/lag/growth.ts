// Is the lag growing? Judged on the samples since the consumer last caught up (or the whole
// window when it never did), with a robust trend, relative to how fast the topic is written.
// Trailing spans of several lengths are tried, so a consumer that started falling behind two
// minutes ago is seen without waiting for a window full of history, and a slow drift is seen
// over the longest span.
import { trendOf } from './trend';
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

const series = (xs: KnownSample[]) => xs.map((s) => ({ t: s.at, y: Number(s.lag) }));

/**
 * Typical time between commits in the samples: the sawtooth period of a consumer that commits in
 * bursts. 0 when the commit never moved (no teeth: a stuck consumer's lag is a straight line).
 */
export function commitInterval(samples: KnownSample[]): number {
  const changes: number[] = [];
  for (let i = 1; i < samples.length; i++) if (samples[i]!.committed !== samples[i - 1]!.committed) changes.push(samples[i]!.at);
  if (changes.length === 0) return 0;
  if (changes.length === 1) return Math.max(changes[0]! - samples[0]!.at, samples[samples.length - 1]!.at - changes[0]!);
  const gaps = changes.slice(1).map((t, i) => t - changes[i]!).sort((a, b) => a - b);
  return gaps[gaps.length >> 1]!;
}

/** Cheap pre-check: the last quarter's mean lag above the first quarter's, else no trend can be up. */
function risesAtAll(xs: KnownSample[]): boolean {
  const q = Math.max(1, xs.length >> 2);
  const mean = (part: KnownSample[]) => part.reduce((s, x) => s + Number(x.lag), 0) / part.length;
  return mean(xs.slice(-q)) > mean(xs.slice(0, q));
}

function judge(sub: KnownSample[], cfg: GrowthConfig, minTau: number): Omit<Growth, 'neededSpanMs'> {
  const first = sub[0]!;
  const last = sub[sub.length - 1]!;
  const spanMs = last.at - first.at;
  const base = { first, last, spanMs };
  const produced = Number(last.endOffset - first.endOffset);
  if (spanMs <= 0 || produced <= 0) return { ...base, kind: 'no-writes', messagesPerSecond: 0, behindRate: null };
  const trend = trendOf(series(sub));
  const out = { ...base, messagesPerSecond: trend.slope * 1000, behindRate: trend.slope / (produced / spanMs) };
  if (trend.slope < 0 && trend.tau < 0) return { ...out, kind: 'shrinking' };
  if (trend.slope <= 0 || trend.tau < minTau || out.behindRate < cfg.warnBehindRate) return { ...out, kind: 'flat' };
  // Sustained: rising in each half of the span, so a short hiccup (a rebalance) at its end is no trend.
  const mid = first.at + spanMs / 2;
  const halves = [sub.filter((s) => s.at <= mid), sub.filter((s) => s.at >= mid)];
  const minSlope = cfg.warnBehindRate * (produced / spanMs);
  if (halves.some((h) => h.length < 3 || trendOf(series(h)).slope < minSlope)) return { ...out, kind: 'flat' };
  return { ...out, kind: 'growing' };
}

/**
 * `run` is time-ordered and non-empty. `wasWarn` lowers the consistency bar for staying WARN
 * (hysteresis), so a consumer hovering at the threshold does not flip WARN/OK every poll.
 */
export function assessGrowth(run: KnownSample[], cfg: GrowthConfig, wasWarn = false): Growth {
  const last = run[run.length - 1]!;
  const fullSpan = last.at - run[0]!.at;
  // A trend needs three teeth of the sawtooth at least.
  const neededSpanMs = Math.max(cfg.trendMinSpanMs, 3 * commitInterval(run));
  const minTau = wasWarn ? cfg.warnMinTau * 0.6 : cfg.warnMinTau;
  const overall = { ...judge(run, cfg, minTau), neededSpanMs };
  if (overall.kind === 'shrinking' || overall.kind === 'no-writes') return overall;
  if (fullSpan < neededSpanMs) return { ...overall, kind: 'too-short' };
  const spans: number[] = [];
  for (let s = neededSpanMs; s < fullSpan; s *= 2) spans.push(s);
  spans.push(fullSpan);
  const draining = drainingNow(run, neededSpanMs);
  for (const span of spans.reverse()) {
    const sub = run.filter((s) => s.at >= last.at - span);
    if (sub.length < 4 || !risesAtAll(sub)) continue;
    const g = judge(sub, cfg, minTau);
    if (g.kind !== 'growing') continue;
    // Growing over the span, but draining now (a burst's backlog being worked off) is no trend.
    return { ...g, kind: draining ? 'shrinking' : 'growing', neededSpanMs };
  }
  return draining ? { ...overall, kind: 'shrinking' } : overall;
}

/** Lag consistently falling over the last half of the shortest judgeable span. */
function drainingNow(run: KnownSample[], neededSpanMs: number): boolean {
  const last = run[run.length - 1]!;
  const recent = run.filter((s) => s.at >= last.at - neededSpanMs / 2);
  if (recent.length < 4) return false;
  const r = trendOf(series(recent));
  return r.slope < 0 && r.tau <= -0.3;
}
