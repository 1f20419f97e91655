// Polling gaps, recreated topics, new partitions and young groups: the cases that give false alarms.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAG_STATUS_CONFIG, groupStatus } from '@/lib/analysis/lag/status';
import { MIN, SEC, evaluateAt, firstWith, rate, runs, simulate, timeline } from './sim';

const end = rate(10);
const T0 = 10 * MIN;
const stoppedAtT0 = (t: number) => end(Math.min(t, T0));

describe('gaps in polling', () => {
  it('a stopped group is still STOP when most of the window is a gap: time counts, not samples', () => {
    const s = simulate({ to: T0 + 12 * MIN, end, committed: stoppedAtT0, skip: (t) => t > T0 + MIN && t < T0 + 11.5 * MIN });
    expect(evaluateAt(s, T0 + 12 * MIN, false)).toMatchObject({ status: 'STOP', reason: 'no commit for 12m, lag 7,200, no members' });
  });

  it('a gap does not make a recent stop look old', () => {
    const s = simulate({ to: T0 + 6 * MIN, end, committed: stoppedAtT0, skip: (t) => t > T0 - 8 * MIN && t < T0 + 4 * MIN });
    expect(evaluateAt(s, T0 + 6 * MIN, false).status).not.toBe('STOP');
  });

  it('the window is the same length of time whatever the poll interval', () => {
    for (const every of [1 * SEC, 60 * SEC]) {
      const s = simulate({ to: 40 * MIN, every, end, committed: stoppedAtT0 });
      const tl = timeline(s, MIN, 40 * MIN, MIN, () => false);
      expect(runs(tl)).toEqual(['OK', 'WARN', 'STOP']);
      expect(firstWith(tl, 'STOP')?.t).toBe(T0 + 11 * MIN);
    }
  });

  it('no samples in the window (collector was down) raises no alarm', () => {
    const s = simulate({ to: 20 * MIN, end, committed: stoppedAtT0 });
    expect(evaluateAt(s, 45 * MIN, false)).toMatchObject({ status: 'OK', reason: 'not enough history (0 of 5 samples)' });
  });
});

describe('topic recreated (end offset goes down)', () => {
  const R = 30 * MIN;
  // The first poll after the recreation already sees 300 messages in the new log.
  const endWithReset = (t: number) => (t < R ? 5_000 + end(t) : 300 + end(t - R));

  it('restarts the window: a commit unchanged across the reset is not STOP until a window after it', () => {
    const s = simulate({ to: 50 * MIN, end: endWithReset, committed: () => 0 });
    expect(evaluateAt(s, R - SEC, false).status).toBe('STOP');
    expect(evaluateAt(s, R + 15 * SEC, false)).toMatchObject({
      status: 'OK',
      reason: 'not enough history (4 of 5 samples since the topic was recreated)',
    });
    expect(evaluateAt(s, R + 3 * MIN, false)).toMatchObject({ status: 'WARN', reason: 'lag grew 300 → 2,100 over 3m, +1.00 s/s (10 msg/s), no members' });
    expect(evaluateAt(s, R + 10 * MIN, false)).toMatchObject({ status: 'STOP', reason: 'no commit for 10m, lag 6,300, no members' });
  });

  it('a consumer moving from its old, now too high, commit into the new log is not REWIND', () => {
    // Caught up on the old log; its commit outlives the recreation, then it resets to the new start at R + 30 s.
    const committed = (t: number) => (t < R + 30 * SEC ? endWithReset(Math.min(t, R - 5 * SEC)) : endWithReset(t) - 5);
    const s = simulate({ to: 45 * MIN, end: endWithReset, committed });
    expect(runs(timeline(s, R, 45 * MIN, 30 * SEC, () => true))).toEqual(['OK']);
  });
});

describe('partitions added', () => {
  // Partition created at 20m; the group commits it from 20m20s but does not read it yet.
  const P = 20 * MIN;
  const s = simulate({ from: P, to: P + 3 * MIN, end: (t) => end(t - P), committed: (t) => (t < P + 20 * SEC ? null : 0) });

  it('is judged on what it has: no commit, then too little, then too short a rise, then a growing lag', () => {
    expect(evaluateAt(s, P + 10 * SEC, true)).toMatchObject({ status: 'OK', reason: 'no committed offset' });
    expect(evaluateAt(s, P + 35 * SEC, true)).toMatchObject({ status: 'OK', reason: 'not enough history (4 of 5 samples)' });
    // Not STALL: only 40 s of history, far less than the window; and too short to call a trend.
    expect(evaluateAt(s, P + 60 * SEC, true)).toMatchObject({ status: 'OK', reason: 'lag 600, rising for 40s (judged after 2m)' });
    expect(evaluateAt(s, P + 3 * MIN, true)).toMatchObject({ status: 'WARN', reason: 'lag grew 200 → 1,800 over 2m 40s, +1.00 s/s (10 msg/s)' });
  });

  it('makes the group WARN alongside an OK partition', () => {
    expect(groupStatus(['OK', evaluateAt(s, P + 3 * MIN, true).status])).toBe('WARN');
  });
});

describe('young groups and config', () => {
  it('a brand-new group with fewer than minSamples is OK, even if far behind', () => {
    const s = simulate({ from: 0, to: 15 * SEC, end: (t) => 50_000 + end(t), committed: () => 0 });
    expect(evaluateAt(s, 15 * SEC, false)).toMatchObject({ status: 'OK', reason: 'not enough history (4 of 5 samples)' });
  });

  it('without errLagSeconds a slowed consumer stays WARN', () => {
    const s = simulate({ to: 45 * MIN, end, committed: (t) => (t <= T0 ? end(t) : end(T0) + (end(t) - end(T0)) / 2) });
    const cfg = { ...DEFAULT_LAG_STATUS_CONFIG, errLagSeconds: undefined };
    expect(runs(timeline(s, MIN, 45 * MIN, MIN, () => true, cfg))).toEqual(['OK', 'WARN']);
  });

  it('ERR also while catching up: data older than the limit is ERR even with lag falling', () => {
    // Stopped 0–20m, then reads at 20 msgs/s against 10 produced.
    const s = simulate({ to: 28 * MIN, end, committed: (t) => Math.max(0, ((t - 20 * MIN) / SEC) * 20) });
    expect(evaluateAt(s, 28 * MIN, true)).toMatchObject({
      status: 'ERR',
      lagSeconds: 720,
      reason: '12m behind, over the 10m limit; lag 7,200, down from 10,800, catching up',
    });
  });
});
