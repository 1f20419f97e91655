import { describe, expect, it } from 'vitest';
import { seeded } from '@/test/support/seeded';
import { groupStatus, partitionStatus, type LagStatus } from '@/lib/analysis/lag/status';
import { assessGrowth, commitInterval } from '@/lib/analysis/lag/growth';
import { KnownRun, SampleHistory } from '@/lib/analysis/lag/sample-history';
import {
  findRewind,
  lastCaughtUpIndex,
  notCommittingSince,
  typicalInterval,
  type KnownSample,
} from '@/lib/analysis/lag/status-rules';
import { trendOf } from '@/lib/analysis/lag/trend';

const S = 1000;
/** Samples 5 s apart from [endOffset, committed] pairs; lag as partitionLag computes it. */
const list = (...xs: [number, number][]): KnownSample[] =>
  xs.map(([e, c], i) => ({ at: i * 5 * S, endOffset: BigInt(e), committed: BigInt(c), lag: BigInt(Math.max(0, e - c)) }));
/** The same as the run of known samples the rules read. */
const samples = (...xs: [number, number][]): KnownRun => KnownRun.of(list(...xs));

describe('trendOf (Theil–Sen slope, Kendall tau)', () => {
  it('finds the slope of a line and full consistency', () => {
    expect(trendOf([0, 1, 2, 3].map((t) => ({ t, y: 10 + 3 * t })))).toEqual({ slope: 3, tau: 1, points: 4 });
  });
  it('ignores an outlier where a least-squares fit would not', () => {
    const pts = [0, 1, 2, 3, 4, 5, 6].map((t) => ({ t, y: t === 3 ? 1000 : 2 * t }));
    expect(trendOf(pts).slope).toBe(2);
  });
  it('sees no direction in a sawtooth (a consumer committing in bursts while keeping up)', () => {
    const pts = Array.from({ length: 36 }, (_, t) => ({ t, y: (t % 6) * 100 }));
    const tr = trendOf(pts);
    expect(Math.abs(tr.tau)).toBeLessThan(0.2);
  });
  it('is flat and undirected for fewer than two points', () => {
    expect(trendOf([{ t: 0, y: 5 }])).toEqual({ slope: 0, tau: 0, points: 1 });
  });
  it('gives exactly what the definition gives (median of every pairwise slope, tau-a) on random series, with repeated times', () => {
    const definition = (pts: { t: number; y: number }[]) => {
      const slopes: number[] = [];
      let c = 0;
      let d = 0;
      for (let i = 0; i < pts.length; i++)
        for (let j = i + 1; j < pts.length; j++) {
          const dt = pts[j]!.t - pts[i]!.t;
          if (dt <= 0) continue;
          const s = (pts[j]!.y - pts[i]!.y) / dt;
          slopes.push(s);
          if (s > 0) c++;
          else if (s < 0) d++;
        }
      if (slopes.length === 0) return { slope: 0, tau: 0, points: pts.length };
      slopes.sort((x, y) => x - y);
      const m = slopes.length >> 1;
      return { slope: slopes.length % 2 ? slopes[m]! : (slopes[m - 1]! + slopes[m]!) / 2, tau: (c - d) / slopes.length, points: pts.length };
    };
    const rand = seeded(7).float;
    for (let k = 0; k < 300; k++) {
      const n = 2 + Math.floor(rand() * 47);
      let t = 0;
      const pts = Array.from({ length: n }, () => ({ t: (t += rand() < 0.1 ? 0 : Math.floor(rand() * 6000)), y: Math.floor(rand() * 1000) - 300 }));
      expect(trendOf(pts)).toEqual(definition(pts));
    }
  });
  it('thins long series to a bounded number of points, keeping both ends', () => {
    expect(trendOf(Array.from({ length: 500 }, (_, t) => ({ t, y: t })), 20)).toEqual({ slope: 1, tau: 1, points: 20 });
  });
});

describe('assessGrowth (WARN)', () => {
  const cfg = { trendMinSpanMs: 60 * S, warnMinTau: 0.5, warnBehindRate: 0.02 };
  /** Every 5 s for `n` polls, 10 msg/s written, committed by `c(i)`. */
  const run = (n: number, c: (i: number) => number) => samples(...Array.from({ length: n }, (_, i): [number, number] => [1000 + 50 * i, c(i)]));

  it('a consumer reading half of what is written is growing, +0.5 s/s', () => {
    const g = assessGrowth(run(25, (i) => 1000 + 25 * i), cfg);
    expect(g).toMatchObject({ kind: 'growing', spanMs: 120 * S, messagesPerSecond: 5, behindRate: 0.5 });
  });
  it('needs the span: the same rise over 30 s is too short to call', () => {
    expect(assessGrowth(run(7, (i) => 1000 + 25 * i), cfg).kind).toBe('too-short');
  });
  it('a falling lag is shrinking, a steady one flat, no writes is no-writes', () => {
    expect(assessGrowth(run(25, (i) => 500 + 60 * i), cfg).kind).toBe('shrinking');
    expect(assessGrowth(run(25, (i) => 990 + 50 * i), cfg).kind).toBe('flat');
    expect(assessGrowth(samples(...Array.from({ length: 25 }, (): [number, number] => [1000, 900])), cfg).kind).toBe('no-writes');
  });
  it('a rarely committing consumer needs three commit intervals of history', () => {
    // Commits every 60 s: 2 minutes of rise is not enough, 3 are.
    const c = (i: number) => 1000 + 25 * 12 * Math.floor(i / 12);
    expect(commitInterval(run(37, c))).toBe(60 * S);
    expect(assessGrowth(run(25, c), cfg)).toMatchObject({ kind: 'too-short', neededSpanMs: 180 * S });
    expect(assessGrowth(run(37, c), cfg).kind).toBe('growing');
  });
  it('a hiccup at the end of a flat run is not growth: the rise must hold in both halves', () => {
    expect(assessGrowth(run(25, (i) => (i < 20 ? 990 + 50 * i : 990 + 50 * 20)), cfg).kind).toBe('flat');
  });
  it('stays growing at a lower consistency when it already was (hysteresis)', () => {
    // A rise with noise: tau between 0.3 and 0.5.
    const noisy = run(25, (i) => 1000 + 50 * i - (10 * i + ((i * 7) % 5) * 70));
    const tau = trendOf(Array.from({ length: noisy.length }, (_, i) => ({ t: noisy.at(i), y: Number(noisy.sample(i).lag) }))).tau;
    expect(tau).toBeGreaterThan(0.3);
    expect(tau).toBeLessThan(0.5);
    expect(assessGrowth(noisy, cfg, false).kind).toBe('flat');
    expect(assessGrowth(noisy, cfg, true).kind).toBe('growing');
  });
});

describe('findRewind (REWIND)', () => {
  it('finds a committed offset going backwards, the latest one', () => {
    expect(findRewind(samples([100, 90], [110, 40], [120, 50], [130, 20]))).toEqual({ from: 2, to: 3 });
  });
  it('ignores a decrease when the end offset went back too (recreated topic)', () => {
    expect(findRewind(samples([100, 90], [10, 5]))).toBeNull();
  });
  it('ignores moving back from a commit that pointed past the end offset', () => {
    expect(findRewind(samples([10, 900], [12, 10]))).toBeNull();
  });
  it('does not count an unchanged commit', () => {
    expect(findRewind(samples([100, 90], [110, 90]))).toBeNull();
  });
});

/** The history of those samples, as the collector keeps it. */
const history = (...xs: [number, number][]) => SampleHistory.from(list(...xs));

describe('lastCaughtUpIndex and behindSince', () => {
  it('finds the latest sample with lag 0, or with only transaction markers left', () => {
    const w = list([10, 10], [20, 20], [30, 25]);
    expect(lastCaughtUpIndex(KnownRun.of(w))).toBe(1);
    expect(lastCaughtUpIndex(samples([10, 5]))).toBe(-1);
    expect(lastCaughtUpIndex(KnownRun.of([...w, { ...w[2]!, at: 15 * S, caughtUp: true }]))).toBe(3);
  });
  it('says since when the consumer has been behind', () => {
    expect(history([10, 10], [20, 15], [30, 20]).behindSince()).toBe(5 * S);
    expect(history([10, 5], [20, 15]).behindSince()).toBe(0);
    expect(history([10, 5], [20, 20]).behindSince()).toBeNull();
  });
});

describe('notCommittingSince (STOP/STALL)', () => {
  const pairs = Array.from({ length: 13 }, (_, i): [number, number] => [100 + i, 50]); // 0 … 60 s
  const stuck = history(...pairs);
  it('holds once the commit is unchanged for the window, and says since when', () => {
    expect(stuck.commitRunStart()).toBe(0);
    expect(notCommittingSince(stuck.commitRunStart(), stuck.known(), 60 * S, 60 * S)).toBe(0);
    expect(notCommittingSince(stuck.commitRunStart(), stuck.known(), 60 * S, 70 * S)).toBeNull();
  });
  it('allows one poll of slack when the history starts inside the window', () => {
    const inside = history(...pairs.slice(1)); // first at 0 s here: shift the clock by 5 s
    expect(notCommittingSince(inside.commitRunStart(), inside.known(), 55 * S, 60 * S)).toBe(0);
    expect(notCommittingSince(inside.commitRunStart(), inside.known(), 54 * S, 60 * S)).toBeNull();
  });
  it('does not hold with any caught-up sample in the window', () => {
    const w = history([50, 50], [60, 50], [70, 50]);
    expect(notCommittingSince(w.commitRunStart(), w.known(), 10 * S, 5 * S)).toBeNull();
  });
  it('counts the run from the last change, also when the samples before it were trimmed away', () => {
    const w = history([100, 10], [100, 20], [100, 20], [100, 20]);
    expect(w.commitRunStart()).toBe(5 * S);
    expect(notCommittingSince(w.commitRunStart(), w.known(), 15 * S, 10 * S)).toBe(5 * S);
    w.trimBefore(12 * S);
    expect(w.length).toBe(1);
    expect(notCommittingSince(w.commitRunStart(), w.known(), 15 * S, 10 * S)).toBe(5 * S);
  });
  it('has no run without a known sample since the last reset', () => {
    expect(history([100, 10], [5, 5]).commitRunStart()).toBe(5 * S);
    expect(SampleHistory.from([]).commitRunStart()).toBeNull();
  });
});

describe('helpers', () => {
  it('typicalInterval ignores a single long gap', () => {
    const times = (...ts: number[]) => ({ length: ts.length, at: (i: number) => ts[i]! });
    expect(typicalInterval(times(0, 5, 10, 500, 505))).toBe(5);
    expect(typicalInterval(times(0))).toBe(0);
  });
  it('a history sorts, cuts at the last end-offset decrease and says when', () => {
    const [a, b, c, d] = list([100, 0], [5, 0], [8, 0], [3, 0]);
    const h = SampleHistory.from([d!, c!, a!, b!]);
    expect(h.resetAt()).toBe(d!.at);
    expect(h.known().length).toBe(1);
    expect(h.known().sample(0)).toMatchObject(d!);
    const ordered = SampleHistory.from([c!, b!]);
    expect(ordered.resetAt()).toBeNull();
    expect(ordered.toArray().map((x) => x.at)).toEqual([b!.at, c!.at]);
  });
});

describe('partitionStatus defaults', () => {
  it('uses the default config when none is given', () => {
    expect(partitionStatus([], { hasMembers: true, now: 0, lagSeconds: null })).toEqual({ status: 'OK', reason: 'not enough history (0 of 5 samples)', since: null });
  });
});

describe('groupStatus', () => {
  it('is the worst partition status', () => {
    expect(groupStatus(['OK', 'WARN', 'OK'])).toBe('WARN');
    expect(groupStatus(['REWIND', 'WARN'])).toBe('REWIND');
    expect(groupStatus(['ERR', 'REWIND'])).toBe('ERR');
    expect(groupStatus(['STALL', 'ERR', 'OK'])).toBe('STALL');
    expect(groupStatus(['STALL', 'STOP', 'ERR'])).toBe('STOP');
  });
  it('is OK with no partitions', () => {
    expect(groupStatus([])).toBe('OK');
  });
  it('does not depend on partition order', () => {
    const all: LagStatus[] = ['OK', 'WARN', 'REWIND', 'ERR', 'STALL', 'STOP'];
    expect(groupStatus([...all].reverse())).toBe('STOP');
    expect(groupStatus(all)).toBe('STOP');
  });
});
