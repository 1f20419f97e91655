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
  return { ...partitionStatus(samples, { hasMembers, now, lagSeconds }, cfg), lagSeconds };
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
