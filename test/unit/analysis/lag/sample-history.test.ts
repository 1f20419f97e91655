import { describe, expect, it } from 'vitest';
import { seeded } from '@/test/support/seeded';
import { KnownRun, SampleHistory } from '@/lib/analysis/lag/sample-history';
import { commitInterval } from '@/lib/analysis/lag/growth';
import { DEFAULT_LAG_STATUS_CONFIG, historyStatus, partitionStatus, type LagStatus } from '@/lib/analysis/lag/status';
import { findRewind } from '@/lib/analysis/lag/status-rules';
import type { KnownSample, LagSample } from '@/lib/analysis/lag/status-rules';

const rng = (seed: number) => seeded(seed).int;

/**
 * What an array of samples gives by definition: the points after the last end-offset decrease, the
 * known ones among them, and over those the start of the trailing run of equal commits and of
 * the trailing run not caught up.
 */
function reference(list: LagSample[]) {
  let start = 0;
  for (let i = 1; i < list.length; i++) if (list[i]!.endOffset < list[i - 1]!.endOffset) start = i;
  const known = list.slice(start).filter((s) => s.committed !== null && s.lag !== null);
  const last = known[known.length - 1];
  let commitRun = last ? last.at : null;
  for (let i = known.length - 1; i >= 0 && known[i]!.committed === last!.committed; i--) commitRun = known[i]!.at;
  const caught = (s: LagSample) => s.lag === 0n || s.caughtUp === true;
  let behind = last && !caught(last) ? last.at : null;
  for (let i = known.length - 1; behind !== null && i >= 0 && !caught(known[i]!); i--) behind = known[i]!.at;
  return { known, resetAt: start > 0 ? list[start]!.at : null, commitRun, behind };
}

const runToArray = (r: KnownRun): LagSample[] => Array.from({ length: r.length }, (_, i) => r.sample(i));

describe('SampleHistory', () => {
  it('gives what the whole array gives by definition (known samples of those kept, reset, commit run, behind since), over hours of polls with gaps, missing commits, recreated topics and trims', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rnd = rng(seed);
      const h = new SampleHistory();
      let list: LagSample[] = [];
      const all: LagSample[] = [];
      let at = 1_700_000_000_000;
      let end = 0;
      let committed = 0;
      let stuckFor = 0; // polls the consumer leaves its commit where it is
      for (let poll = 0; poll < 3000; poll++) {
        at += rnd(40) === 0 ? 60_000 + rnd(300_000) : 5000;
        end = rnd(1500) === 0 ? rnd(50) : end + rnd(300);
        if (stuckFor > 0) stuckFor--;
        else if (rnd(100) === 0) stuckFor = rnd(1000); // up to 80 minutes: longer than what is kept
        else committed = Math.min(end, committed + rnd(320));
        const noCommit = rnd(200) === 0;
        if (stuckFor === 0 && rnd(30) === 0) committed = end; // caught up now and then
        const lag = BigInt(Math.max(0, end - committed));
        const s: LagSample = {
          at,
          endOffset: BigInt(end),
          committed: noCommit ? null : BigInt(committed),
          lag: noCommit ? null : lag,
          lagSeconds: rnd(3) === 0 ? null : rnd(100) / 10,
          ...(rnd(7) === 0 ? { lagSecondsAtLeast: true } : {}),
          caughtUp: rnd(10) === 0,
        };
        h.push(s);
        list.push(s);
        all.push(s);
        if (poll % 3 === 0) {
          const cutoff = at - 30 * 60_000;
          h.trimBefore(cutoff);
          list = list.filter((x) => x.at >= cutoff);
        }
        if (poll % 53 === 0 || poll === 2999) {
          const kept = reference(list);
          const whole = reference(all);
          expect(runToArray(h.known()), `seed ${seed} poll ${poll}`).toEqual(kept.known.map(({ lagSecondsAtLeast, ...x }) => ({
              ...x,
              lagSeconds: x.lagSeconds ?? null,
              // A lower bound is kept only with a figure to qualify.
              ...(lagSecondsAtLeast === true && x.lagSeconds != null ? { lagSecondsAtLeast: true } : {}),
              caughtUp: x.caughtUp === true,
            })),
          );
          expect(h.resetAt()).toBe(whole.resetAt);
          expect(h.commitRunStart()).toBe(whole.commitRun);
          expect(h.behindSince()).toBe(whole.behind);
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

describe('a history trimmed to one status window', () => {
  it('judges every poll as the whole untrimmed history does: stalls longer than what is kept, recreated topics, gaps, rewinds', () => {
    const cfg = DEFAULT_LAG_STATUS_CONFIG;
    let judged = 0;
    const seen = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) {
      const rnd = rng(seed);
      const h = new SampleHistory();
      const whole = new SampleHistory(); // never trimmed
      const all: LagSample[] = [];
      let at = 1_700_000_000_000;
      let end = 1000;
      let committed = 900;
      let stuckFor = 0;
      let previous: LagStatus | undefined;
      for (let poll = 0; poll < 2500; poll++) {
        at += rnd(60) === 0 ? 60_000 + rnd(900_000) : 5000;
        end = rnd(2000) === 0 ? rnd(50) : end + rnd(40);
        if (stuckFor > 0) stuckFor--;
        else if (rnd(150) === 0) stuckFor = rnd(900);
        else if (rnd(400) === 0) committed = Math.max(0, committed - rnd(500)); // an operator's reset
        else committed = Math.min(end, committed + rnd(rnd(5) === 0 ? 20 : 45));
        const noCommit = rnd(300) === 0;
        const lag = noCommit ? null : BigInt(Math.max(0, end - committed));
        const s: LagSample = { at, endOffset: BigInt(end), committed: noCommit ? null : BigInt(committed), lag, lagSeconds: null, caughtUp: false };
        all.push(s);
        h.push(s);
        whole.push(s);
        const ctx = { hasMembers: rnd(2) === 0, now: at, lagSeconds: rnd(3) === 0 ? null : rnd(900), ...(previous ? { previous } : {}) };
        const got = historyStatus(h, ctx, cfg);
        expect(got, `seed ${seed} poll ${poll}`).toEqual(historyStatus(whole, ctx, cfg));
        // And now and then against the samples as objects, judged from scratch.
        if (poll % 50 === 0) expect(got).toEqual(partitionStatus(all, ctx, cfg));
        previous = got.status;
        seen.add(got.status);
        judged++;
        h.trimBefore(at - cfg.windowMs); // what the collector keeps for the next poll
      }
    }
    expect(judged).toBe(15_000);
    // The scenarios reach every status, so each rule was compared at least once.
    expect([...seen].sort()).toEqual(['ERR', 'OK', 'REWIND', 'STALL', 'STOP', 'WARN']);
  });
});
