import { describe, expect, it } from 'vitest';
import { KnownRun, SampleHistory } from '@/lib/analysis/lag/sample-history';
import { commitInterval } from '@/lib/analysis/lag/growth';
import { findRewind } from '@/lib/analysis/lag/status-rules';
import type { KnownSample, LagSample } from '@/lib/analysis/lag/status-rules';

function rng(seed: number) {
  let a = seed;
  return (n: number) => (a = (a * 1103515245 + 12345) % 2 ** 31) % n;
}

/** What an array of samples gave: the points after the last end-offset decrease, the known ones among them. */
function reference(list: LagSample[]): { known: LagSample[]; resetAt: number | null } {
  let start = 0;
  for (let i = 1; i < list.length; i++) if (list[i]!.endOffset < list[i - 1]!.endOffset) start = i;
  const after = list.slice(start);
  return { known: after.filter((s) => s.committed !== null && s.lag !== null), resetAt: start > 0 ? list[start]!.at : null };
}

const runToArray = (r: KnownRun): LagSample[] => Array.from({ length: r.length }, (_, i) => r.sample(i));

describe('SampleHistory', () => {
  it('gives the same known samples and reset as filtering the whole array, over hours of polls with gaps, missing commits, recreated topics and trims', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rnd = rng(seed);
      const h = new SampleHistory();
      let list: LagSample[] = [];
      let at = 1_700_000_000_000;
      let end = 0;
      let committed = 0;
      for (let poll = 0; poll < 3000; poll++) {
        at += rnd(40) === 0 ? 60_000 + rnd(300_000) : 5000;
        end = rnd(1500) === 0 ? rnd(50) : end + rnd(300);
        committed = Math.min(end, committed + rnd(320));
        const noCommit = rnd(200) === 0;
        const lag = BigInt(Math.max(0, end - committed));
        const s: LagSample = {
          at,
          endOffset: BigInt(end),
          committed: noCommit ? null : BigInt(committed),
          lag: noCommit ? null : lag,
          lagSeconds: rnd(3) === 0 ? null : rnd(100) / 10,
          caughtUp: rnd(10) === 0,
        };
        h.push(s);
        list.push(s);
        if (poll % 3 === 0) {
          const cutoff = at - 30 * 60_000;
          h.trimBefore(cutoff);
          list = list.filter((x) => x.at >= cutoff);
        }
        if (poll % 53 === 0 || poll === 2999) {
          const ref = reference(list);
          expect(h.resetAt(), `seed ${seed} poll ${poll}`).toBe(ref.resetAt);
          expect(runToArray(h.known())).toEqual(ref.known.map((x) => ({ ...x, lagSeconds: x.lagSeconds ?? null, caughtUp: x.caughtUp === true })));
          expect(h.latestHasCommit()).toBe(list[list.length - 1]!.committed !== null);
        }
      }
    }
  });

  it('places a late sample where a stable sort by time would', () => {
    const s = (at: number, end: number): LagSample => ({ at, endOffset: BigInt(end), committed: 0n, lag: BigInt(end) });
    const h = SampleHistory.from([s(10, 1), s(30, 3)]);
    h.push(s(20, 2));
    h.push(s(20, 9)); // same time: after the one that came first
    expect(h.toArray().map((x) => [x.at, Number(x.endOffset)])).toEqual([
      [10, 1],
      [20, 2],
      [20, 9],
      [30, 3],
    ]);
    expect(h.resetAt()).toBe(30); // 9 → 3 is a decrease
  });

  it('compares offsets beyond 32 and 53 bits exactly, without reading them as numbers', () => {
    const base = 2n ** 62n;
    const known = (at: number, committed: bigint, endOffset: bigint): KnownSample => ({ at, endOffset, committed, lag: endOffset - committed });
    // 2^62 + 1 and 2^62 are the same double; a rewind by one is still a rewind.
    const r = KnownRun.of([known(0, base + 1n, base + 10n), known(5000, base, base + 10n)]);
    expect(findRewind(r)).toEqual({ from: 0, to: 1 });
    expect(r.sample(1).committed).toBe(base);
    // Low words that differ only in the sign bit, high words equal: unsigned comparison.
    const lowWord = KnownRun.of([known(0, 0x80000000n, 0xffffffffn), known(5000, 0x7fffffffn, 0xffffffffn)]);
    expect(findRewind(lowWord)).toEqual({ from: 0, to: 1 });
    // Commits that change only beyond 2^53 count as changes.
    const c = KnownRun.of([known(0, base, base), known(60_000, base + 1n, base + 1n), known(120_000, base + 2n, base + 2n)]);
    expect(commitInterval(c)).toBe(60_000);
  });
});
