import { describe, expect, it } from 'vitest';
import { seeded } from '@/test/support/seeded';
import { sinceLastReset, timeLag, type OffsetAt } from '@/lib/analysis/lag/time-lag';

const S = 1000;
/** A steady producer: `perSec` messages/s, polled every `every` s over [from, to] s. */
function steady(perSec: number, from: number, to: number, every = 5, base = 0): OffsetAt[] {
  const out: OffsetAt[] = [];
  for (let t = from; t <= to; t += every) out.push({ at: t * S, endOffset: BigInt(base + (t - from) * perSec) });
  return out;
}
const pts = (...xs: [number, number][]) => xs.map(([t, e]) => ({ at: t * S, endOffset: BigInt(e) }));

describe('timeLag', () => {
  const h = steady(10, 0, 100); // end = 10 × t, up to 1,000 at t = 100 s

  it('10 msgs/s and 100 behind is 10 s', () => {
    expect(timeLag(h, 900n, 100 * S)).toEqual({ seconds: 10, estimate: 'interpolated' });
  });

  it('interpolates between polls', () => {
    expect(timeLag(h, 925n, 100 * S)).toEqual({ seconds: 7.5, estimate: 'interpolated' });
    expect(timeLag(h, 1n, 100 * S)?.seconds).toBeCloseTo(99.9, 9);
  });

  it('a commit equal to a polled end offset dates to that poll', () => {
    expect(timeLag(h, 500n, 100 * S)).toEqual({ seconds: 50, estimate: 'interpolated' });
    expect(timeLag(h, 0n, 100 * S)).toEqual({ seconds: 100, estimate: 'interpolated' });
  });

  it('keeps counting wall time after the last poll', () => {
    expect(timeLag(h, 900n, 103 * S)).toEqual({ seconds: 13, estimate: 'interpolated' });
  });

  it('is 0, caught up, at or beyond the end offset', () => {
    expect(timeLag(h, 1_000n, 103 * S)).toEqual({ seconds: 0, estimate: 'caught-up' });
    expect(timeLag(h, 1_200n, 100 * S)).toEqual({ seconds: 0, estimate: 'caught-up' });
  });

  it('measures age, not message count: a burst then silence', () => {
    // 1,000 messages in the first 10 s, then nothing for 90 s: 500 behind is 95 s old, not 50.
    const burst = pts([0, 0], [10, 1_000], [100, 1_000]);
    expect(timeLag(burst, 500n, 100 * S)).toEqual({ seconds: 95, estimate: 'interpolated' });
  });

  it('interpolates across a gap in polling', () => {
    // Polls failed between 5 s and 60 s; 300 sits 250/550 of the way through the gap.
    const gap = pts([0, 0], [5, 50], [60, 600], [65, 650]);
    expect(timeLag(gap, 300n, 65 * S)?.seconds).toBeCloseTo(65 - (5 + (250 / 550) * 55), 9);
  });

  it('extrapolates with the average rate when the commit is older than the history', () => {
    const recent = steady(10, 50, 100, 5, 500); // 500 at 50 s … 1,000 at 100 s
    expect(timeLag(recent, 200n, 100 * S)).toEqual({ seconds: 80, estimate: 'extrapolated' });
  });

  it('gives the age of the history as a lower bound when there is no rate to extrapolate with', () => {
    const idle = pts([0, 1_000], [50, 1_000], [100, 1_000]);
    expect(timeLag(idle, 500n, 100 * S)).toEqual({ seconds: 100, estimate: 'lower-bound' });
    expect(timeLag(pts([40, 1_000]), 500n, 100 * S)).toEqual({ seconds: 60, estimate: 'lower-bound' });
  });

  it('is null without a commit or without any history', () => {
    expect(timeLag(h, null, 100 * S)).toBeNull();
    expect(timeLag([], 10n, 100 * S)).toBeNull();
  });

  it('only uses points after the topic was recreated', () => {
    // Old log reached 1,000 at 100 s; recreated, the new one grows 10/s from 0 at 100 s to 100 at 110 s.
    const recreated = [...h, ...pts([100.5, 0], [105, 45], [110, 95])];
    // 50 in the new log was written at ≈105.5 s; the old log would have said 5 s (wrong).
    expect(timeLag(recreated, 50n, 110 * S)?.seconds).toBeCloseTo(110 - (105 + 5 / 50 * 5), 9);
    // A commit left over from the old log is beyond the new end: caught up, as partitionLag clamps it.
    expect(timeLag(recreated, 900n, 110 * S)).toEqual({ seconds: 0, estimate: 'caught-up' });
  });

  it('accepts points out of order', () => {
    expect(timeLag([...h].reverse(), 900n, 100 * S)).toEqual({ seconds: 10, estimate: 'interpolated' });
  });

  it('given the latest reading apart, answers as with it appended (random histories, resets, ties, out of order)', () => {
    const rnd = seeded(7).int;
    for (let run = 0; run < 500; run++) {
      const history: OffsetAt[] = [];
      let end = rnd(50);
      for (let i = 0, t = 0; i < rnd(12); i++) {
        t += rnd(3) * S; // 0: two readings at the same time
        end = rnd(10) === 0 ? rnd(20) : end + rnd(40); // now and then a recreated topic
        history.push({ at: t, endOffset: BigInt(end) });
      }
      if (rnd(8) === 0) history.reverse();
      const last = history.reduce((m, p) => Math.max(m, p.at), 0);
      const latest = { at: last + (rnd(3) - 1) * S, endOffset: BigInt(rnd(5) === 0 ? rnd(20) : end + rnd(40)) };
      const committed = BigInt(rnd(end + 60));
      expect(timeLag(history, committed, last + 10 * S, latest), `run ${run}`).toEqual(timeLag([...history, latest], committed, last + 10 * S));
    }
  });

  it('never goes negative when now is behind the polls (clock skew)', () => {
    expect(timeLag(h, 990n, 95 * S)).toEqual({ seconds: 0, estimate: 'interpolated' });
  });
});

describe('sinceLastReset', () => {
  it('cuts at the last decrease only', () => {
    const got = sinceLastReset(pts([0, 10], [1, 0], [2, 5], [3, 2], [4, 9]));
    expect(got.map((p) => p.at)).toEqual([3 * S, 4 * S]);
  });

  it('keeps everything without a decrease (flat is not a reset)', () => {
    expect(sinceLastReset(pts([0, 5], [1, 5], [2, 6]))).toHaveLength(3);
  });
});
