// Whole scenarios: a producer at 10 msgs/s polled every 5 s, statuses evaluated every 30 s
// with the default config (window 10m, 5 samples, ERR above 600 s behind).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAG_STATUS_CONFIG, LAG_STATUS_SEVERITY } from '@/lib/analysis/lag/status';
import { MIN, SEC, firstWith, rate, runs, simulate, timeline } from './sim';

const end = rate(10);
const T0 = 10 * MIN; // when things go wrong
const always = () => true;
const never = () => false;

describe('a consumer keeping up', () => {
  it('stays OK when it reaches the end now and then', () => {
    const s = simulate({ to: 60 * MIN, end, committed: (t) => end(t) - ((t / (5 * SEC)) % 4) * 7 });
    expect(runs(timeline(s, MIN, 60 * MIN, 30 * SEC, always))).toEqual(['OK']);
  });

  it('stays OK when it is always a little behind, in batches', () => {
    const s = simulate({ to: 60 * MIN, end, committed: (t) => end(t) - 3 - ((t / (5 * SEC)) % 5) * 9 });
    const tl = timeline(s, MIN, 60 * MIN, 30 * SEC, always);
    expect(runs(tl)).toEqual(['OK']);
    expect(tl.every((x) => x.lagSeconds! < 10)).toBe(true);
  });
});

describe('a slowed consumer (half the produce rate from 10m)', () => {
  const s = simulate({ to: 45 * MIN, end, committed: (t) => (t <= T0 ? end(t) : end(T0) + (end(t) - end(T0)) / 2) });
  const tl = timeline(s, MIN, 45 * MIN, 30 * SEC, always);

  it('goes OK → WARN → ERR and never back', () => {
    expect(runs(tl)).toEqual(['OK', 'WARN', 'ERR']);
    // WARN once the last caught-up sample leaves the window, ERR once more than 600 s behind.
    expect(firstWith(tl, 'WARN')?.t).toBe(T0 + 10 * MIN + 30 * SEC);
    expect(firstWith(tl, 'ERR')?.t).toBe(T0 + 20 * MIN + 30 * SEC);
  });

  it('has lag seconds growing with wall time: half the time since it slowed', () => {
    for (const x of tl.filter((x) => x.t > T0)) expect(x.lagSeconds!).toBeCloseTo((x.t - T0) / 2 / SEC, 0);
  });

  it('explains itself', () => {
    expect(firstWith(tl, 'WARN')?.reason).toBe('lag grew from 150 to 3,150 over 10m while committing');
    expect(tl[tl.length - 1]?.reason).toMatch(/^17m 30s behind, over the 10m limit; lag grew from 7,500 to 10,500 over 10m while committing$/);
  });
});

describe('a stopped group (no members, no commits from 10m)', () => {
  const s = simulate({ to: 70 * MIN, end, committed: (t) => end(Math.min(t, T0)) });

  it('goes STOP one window after the last commit and stays STOP', () => {
    const tl = timeline(s, MIN, 70 * MIN, 30 * SEC, (t) => t < T0);
    expect(runs(tl)).toEqual(['OK', 'STOP']);
    expect(firstWith(tl, 'STOP')?.t).toBe(T0 + 10 * MIN + 30 * SEC);
    expect(tl[tl.length - 1]?.reason).toBe('no commit for 1h, lag 36,000, no members');
  });

  it('with a tighter ERR limit only climbs in severity: OK → ERR → STOP', () => {
    const tl = timeline(s, MIN, 70 * MIN, 30 * SEC, never, { ...DEFAULT_LAG_STATUS_CONFIG, errLagSeconds: 300 });
    expect(runs(tl)).toEqual(['OK', 'ERR', 'STOP']);
    const rank = tl.map((x) => LAG_STATUS_SEVERITY.indexOf(x.status));
    expect(rank.every((r, i) => i === 0 || r >= rank[i - 1]!)).toBe(true);
  });

  it('a stuck but alive group (members connected) is STALL instead', () => {
    const tl = timeline(s, MIN, 70 * MIN, 30 * SEC, always);
    expect(runs(tl)).toEqual(['OK', 'STALL']);
    expect(tl[tl.length - 1]?.reason).toBe('no commit for 1h, lag 36,000, members connected but not progressing');
  });
});

describe('offsets reset backwards', () => {
  // Caught up until 15m, then reset to the earliest offset and re-read at 100 msgs/s (catches up in ~100 s).
  const R = 15 * MIN;
  const s = simulate({ to: 40 * MIN, end, committed: (t) => (t < R ? end(t) : Math.min(end(t), ((t - R) / SEC) * 100)) });
  const tl = timeline(s, MIN, 40 * MIN, 30 * SEC, always);

  it('is REWIND for one window, then OK again', () => {
    expect(runs(tl)).toEqual(['OK', 'REWIND', 'OK']);
    expect(firstWith(tl, 'REWIND')).toMatchObject({ t: R, reason: 'committed offset went back from 8,950 to 0 0s ago' });
    // It lasts while the last sample before the rewind (R − 5 s) is inside the window.
    expect(tl.filter((x) => x.status === 'REWIND').at(-1)?.t).toBe(R + 9 * MIN + 30 * SEC);
  });
});

describe('an idle topic', () => {
  const flat = () => 1_000;

  it('with a caught-up group is OK, members or not: nothing to read is not a stop', () => {
    const s = simulate({ to: 60 * MIN, end: flat, committed: flat });
    for (const members of [always, never]) {
      const tl = timeline(s, MIN, 60 * MIN, MIN, members);
      expect(runs(tl)).toEqual(['OK']);
      expect(tl[tl.length - 1]?.reason).toBe('caught up');
    }
  });

  it('with a stopped group behind is STOP (unread messages), STALL with members', () => {
    const s = simulate({ to: 60 * MIN, end: flat, committed: () => 700 });
    expect(runs(timeline(s, MIN, 60 * MIN, MIN, never))).toEqual(['OK', 'STOP']);
    expect(runs(timeline(s, MIN, 60 * MIN, MIN, always))).toEqual(['OK', 'STALL']);
  });
});

describe('severity', () => {
  it('orders the statuses as documented', () => {
    expect(LAG_STATUS_SEVERITY).toEqual(['OK', 'WARN', 'REWIND', 'ERR', 'STALL', 'STOP']);
  });
});
