// Builds poll histories the way the collector would see them, so status tests read as scenarios
// ("produce 10/s, consumer stops at 10m") rather than hand-written offset tables.
import { partitionLag } from '@/lib/analysis/lag/partition-lag';
import { DEFAULT_LAG_STATUS_CONFIG, partitionStatus, type LagSample, type LagStatus, type LagStatusConfig } from '@/lib/analysis/lag/status';
import { timeLag } from '@/lib/analysis/lag/time-lag';

export const SEC = 1000;
export const MIN = 60 * SEC;

export interface Scenario {
  /** Poll times run from `from` to `to` (inclusive) every `every` ms. */
  from?: number;
  to: number;
  every?: number;
  end: (t: number) => number;
  committed: (t: number) => number | null;
  /** Polls that failed (collector gaps). */
  skip?: (t: number) => boolean;
}

export function simulate(s: Scenario): LagSample[] {
  const out: LagSample[] = [];
  for (let t = s.from ?? 0; t <= s.to; t += s.every ?? 5 * SEC) {
    if (s.skip?.(t)) continue;
    const endOffset = BigInt(Math.floor(s.end(t)));
    const c = s.committed(t);
    const committed = c === null ? null : BigInt(Math.floor(c));
    const { lag } = partitionLag({ topic: 't', partition: 0, endOffset, committed });
    out.push({ at: t, endOffset, committed, lag });
  }
  return out;
}

/** What the product does at `now`: time lag from the end-offset history, then the status. */
export function evaluateAt(all: LagSample[], now: number, hasMembers: boolean, cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG) {
  const samples = all.filter((x) => x.at <= now);
  const last = samples[samples.length - 1];
  const tl = timeLag(
    samples.map((x) => ({ at: x.at, endOffset: x.endOffset })),
    last?.committed ?? null,
    now,
  );
  const lagSeconds = tl?.seconds ?? null;
  return { ...partitionStatus(samples, { hasMembers, now, lagSeconds, lagSecondsAtLeast: tl?.estimate === 'lower-bound' }, cfg), lagSeconds };
}

/** Evaluate every `step` ms over [from, to]. */
export function timeline(all: LagSample[], from: number, to: number, step: number, hasMembers: (t: number) => boolean, cfg?: LagStatusConfig) {
  const out: { t: number; status: LagStatus; reason: string; lagSeconds: number | null }[] = [];
  for (let t = from; t <= to; t += step) out.push({ t, ...evaluateAt(all, t, hasMembers(t), cfg) });
  return out;
}

/** Produce at a constant rate (msgs/s). */
export const rate = (perSec: number) => (t: number) => (t / SEC) * perSec;

/** Consecutive duplicates collapsed: ['OK','OK','WARN','ERR','ERR'] → ['OK','WARN','ERR']. */
export const runs = (xs: { status: string }[]) => xs.map((x) => x.status).filter((s, i, a) => i === 0 || a[i - 1] !== s);

/** First evaluation with the given status. */
export const firstWith = <T extends { status: string }>(xs: T[], status: string) => xs.find((x) => x.status === status);

/** A producer at `perSec` msgs/s that writes in uneven batches (never a perfectly straight line). */
export const wobbly = (perSec: number) => (t: number) => (t / SEC) * perSec + perSec * 0.4 * Math.sin(t / 7_300);

export interface ConsumerSpec {
  /** The log it reads. */
  end: (t: number) => number;
  /** Share of the produce rate it reads at from `from` on (1 = keeps up); before `from` it keeps up. */
  speed: number;
  from?: number;
  /** It commits what it has read every this many ms (phase-shifted from the polls). */
  commitEvery: number;
  /** How far behind the log its reading trails while keeping up. */
  delayMs?: number;
}

/** committed(t) of a realistic consumer: reads `delayMs` behind the log, commits in bursts. */
export function consumer(c: ConsumerSpec): (t: number) => number {
  const from = c.from ?? 0;
  const delay = c.delayMs ?? 500;
  const read = (t: number) => (t <= from ? c.end(t - delay) : c.end(from - delay) + (c.end(t - delay) - c.end(from - delay)) * c.speed);
  const phase = 2_300;
  return (t) => Math.max(0, read(Math.floor((t - phase) / c.commitEvery) * c.commitEvery + phase));
}
