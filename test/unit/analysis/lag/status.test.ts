// Whole scenarios, polled every 5 s, statuses evaluated every 15 s with the default config
// (window 10m, 5 samples, ERR above 600 s behind, trends judged over at least 2m). The series come
// from a producer writing in uneven batches and consumers that commit in bursts, as real ones do.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAG_STATUS_CONFIG, LAG_STATUS_SEVERITY } from '@/lib/analysis/lag/status';
import { MIN, SEC, consumer, firstWith, rate, runs, simulate, timeline, wobbly } from './sim';

const end = wobbly(100);
const T0 = 10 * MIN; // when things go wrong
const always = () => true;
const never = () => false;

describe('consumers keeping up stay OK whatever their commit rhythm', () => {
  for (const commitEvery of [1 * SEC, 5 * SEC, 7 * SEC, 30 * SEC, 60 * SEC, 90 * SEC]) {
    it(`commits every ${commitEvery / SEC}s`, () => {
      const s = simulate({ to: 60 * MIN, end, committed: consumer({ end, speed: 1, commitEvery }) });
      const tl = timeline(s, MIN, 60 * MIN, 15 * SEC, always);
      expect(runs(tl)).toEqual(['OK']);
      expect(tl.every((x) => x.lagSeconds! < commitEvery / SEC + 3)).toBe(true);
    });
  }
});

describe('a consumer at half the produce rate from 10m', () => {
  for (const commitEvery of [5 * SEC, 30 * SEC, 60 * SEC]) {
    describe(`committing every ${commitEvery / SEC}s`, () => {
      const s = simulate({ to: 45 * MIN, end, committed: consumer({ end, speed: 0.5, from: T0, commitEvery }) });
      const tl = timeline(s, MIN, 45 * MIN, 15 * SEC, always);

      it('goes OK → WARN within 3 minutes → ERR past the limit, and never back', () => {
        expect(runs(tl)).toEqual(['OK', 'WARN', 'ERR']);
        expect(firstWith(tl, 'WARN')!.t - T0).toBeLessThanOrEqual(3 * MIN);
        // ERR once the oldest unread message is 10 minutes old: 20 minutes at half speed.
        expect(firstWith(tl, 'ERR')!.t - T0).toBeGreaterThan(19 * MIN);
        expect(firstWith(tl, 'ERR')!.t - T0).toBeLessThanOrEqual(21 * MIN);
      });

      it('has lag seconds growing with wall time: half the time since it slowed', () => {
        for (const x of tl.filter((x) => x.t > T0 + 2 * MIN)) expect(Math.abs(x.lagSeconds! - (x.t - T0) / 2 / SEC)).toBeLessThan(commitEvery / SEC + 5);
      });

      it('says what it measured', () => {
        expect(firstWith(tl, 'WARN')!.reason).toMatch(/^lag grew [\d,]+ → [\d,]+ over \dm( \d+s)?, \+0\.\d\d s\/s \(\d+ msg\/s\)$/);
        expect(tl.at(-1)!.reason).toMatch(/^1\dm \d+s behind, over the 10m limit; lag grew [\d,]+ → [\d,]+ over 10m, \+0\.[45]\d s\/s \(\d+ msg\/s\)$/);
      });
    });
  }

  it('with lag seconds known, the reason gives them too', () => {
    const e = rate(10);
    const s = simulate({ to: 25 * MIN, end: e, committed: consumer({ end: e, speed: 0.5, from: T0, commitEvery: 5 * SEC, delayMs: 0 }) });
    const withSeconds = s.map((x) => ({ ...x, lagSeconds: x.lag === null ? null : Number(x.lag) / 10 }));
    const tl = timeline(withSeconds, T0 + 12 * MIN, T0 + 12 * MIN, MIN, always);
    expect(tl[0]!.reason).toMatch(/^lag grew [\d,]+ \(\dm( \d+s)? behind\) → [\d,]+ \(\dm( \d+s)? behind\) over 10m, \+0\.5\d s\/s \(5 msg\/s\)$/);
  });
});

describe('a consumer keeping up that pauses', () => {
  it('for a 45 s rebalance is OK throughout: a hiccup is not a trend', () => {
    const read = consumer({ end, speed: 1, commitEvery: 5 * SEC });
    const committed = (t: number) => (t >= T0 && t < T0 + 45 * SEC ? read(T0) : read(t));
    expect(runs(timeline(simulate({ to: 30 * MIN, end, committed }), MIN, 30 * MIN, 15 * SEC, always))).toEqual(['OK']);
  });
});

describe('the poll interval does not change the verdict', () => {
  for (const every of [1 * SEC, 15 * SEC, 30 * SEC]) {
    it(`polled every ${every / SEC}s, half speed is WARN within 3 minutes`, () => {
      const s = simulate({ to: 20 * MIN, every, end, committed: consumer({ end, speed: 0.5, from: T0, commitEvery: 5 * SEC }) });
      const tl = timeline(s, MIN, 20 * MIN, 15 * SEC, always);
      expect(runs(tl)).toEqual(['OK', 'WARN']);
      expect(firstWith(tl, 'WARN')!.t - T0).toBeLessThanOrEqual(3 * MIN);
    });
  }
});

describe('a consumer a little slower than the producer', () => {
  it('at 95 % of the rate is WARN within a few minutes', () => {
    const s = simulate({ to: 40 * MIN, end, committed: consumer({ end, speed: 0.95, from: T0, commitEvery: 5 * SEC }) });
    const tl = timeline(s, MIN, 40 * MIN, 15 * SEC, always);
    expect(runs(tl)).toEqual(['OK', 'WARN']);
    expect(firstWith(tl, 'WARN')!.t - T0).toBeLessThanOrEqual(5 * MIN);
  });

  it('at 99 % of the rate is not worth a warning', () => {
    const s = simulate({ to: 40 * MIN, end, committed: consumer({ end, speed: 0.99, from: T0, commitEvery: 5 * SEC }) });
    expect(runs(timeline(s, MIN, 40 * MIN, 15 * SEC, always))).toEqual(['OK']);
  });
});

describe('catching up', () => {
  it('a burst of 30,000 messages drained at three times the produce rate is OK throughout', () => {
    const e = (t: number) => end(t) + (t >= T0 ? 30_000 : 0);
    const committed = (t: number) => (t <= T0 ? end(t - 500) : Math.min(e(t - 500), end(T0) + ((t - T0) / SEC) * 300));
    const tl = timeline(simulate({ to: 30 * MIN, end: e, committed }), MIN, 30 * MIN, 15 * SEC, always);
    expect(runs(tl)).toEqual(['OK']);
    expect(tl.find((x) => x.t === T0 + MIN)!.reason).toMatch(/^lag [\d,]+, down from [\d,]+, catching up$/);
  });

  it('a consumer restarted after a backlog, faster than the producer, is OK while it catches up', () => {
    // Stopped 5m–15m, then reads at 2x.
    const committed = (t: number) => (t < 5 * MIN ? end(t - 500) : t < 15 * MIN ? end(5 * MIN) : Math.min(end(t - 500), end(5 * MIN) + ((t - 15 * MIN) / SEC) * 200));
    const tl = timeline(simulate({ to: 30 * MIN, end, committed }), 16 * MIN, 22 * MIN, 15 * SEC, always);
    expect(runs(tl)).toEqual(['OK']);
    expect(tl[0]!.reason).toMatch(/catching up$/);
  });
});

describe('a stopped group (no members, no commits from 10m)', () => {
  const s = simulate({ to: 70 * MIN, end, committed: (t) => end(Math.min(t, T0) - 500) });

  it('is WARN while its lag grows, STOP one window after the last commit, and stays STOP', () => {
    const tl = timeline(s, MIN, 70 * MIN, 15 * SEC, (t) => t < T0);
    expect(runs(tl)).toEqual(['OK', 'WARN', 'STOP']);
    expect(firstWith(tl, 'WARN')!.t - T0).toBeLessThanOrEqual(2.5 * MIN);
    expect(firstWith(tl, 'STOP')!.t - T0).toBeGreaterThanOrEqual(10 * MIN);
    expect(firstWith(tl, 'STOP')!.t - T0).toBeLessThanOrEqual(10.5 * MIN);
    expect(tl.at(-1)!.reason).toMatch(/^no commit for 1h( 0m)?( \d+s)?, lag 360,\d{3}, no members$/);
  });

  it('with a tighter ERR limit only climbs in severity: OK → WARN → ERR → STOP', () => {
    const tl = timeline(s, MIN, 70 * MIN, 15 * SEC, never, { ...DEFAULT_LAG_STATUS_CONFIG, errLagSeconds: 300 });
    expect(runs(tl)).toEqual(['OK', 'WARN', 'ERR', 'STOP']);
    const rank = tl.map((x) => LAG_STATUS_SEVERITY.indexOf(x.status));
    expect(rank.every((r, i) => i === 0 || r >= rank[i - 1]!)).toBe(true);
  });

  it('a stuck but alive group (members connected) is STALL instead', () => {
    const tl = timeline(s, MIN, 70 * MIN, 15 * SEC, always);
    expect(runs(tl)).toEqual(['OK', 'WARN', 'STALL']);
    expect(tl.at(-1)!.reason).toMatch(/members connected but not progressing$/);
  });
});

describe('offsets reset backwards', () => {
  // Caught up until 15m, then reset to the earliest offset and re-read at 1,000 msgs/s.
  const R = 15 * MIN;
  const e = rate(10);
  const s = simulate({ to: 40 * MIN, end: e, committed: (t) => (t < R ? e(t) : Math.min(e(t), ((t - R) / SEC) * 100)) });
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
      expect(tl.at(-1)?.reason).toBe('caught up');
    }
  });

  it('with a stopped group behind (flat lag, no commits) is STOP, STALL with members', () => {
    const s = simulate({ to: 60 * MIN, end: flat, committed: () => 700 });
    expect(runs(timeline(s, MIN, 60 * MIN, MIN, never))).toEqual(['OK', 'STOP']);
    expect(runs(timeline(s, MIN, 60 * MIN, MIN, always))).toEqual(['OK', 'STALL']);
    expect(timeline(s, 30 * MIN, 30 * MIN, MIN, never)[0]!.reason).toBe('no commit for 30m, lag 300, no members');
  });
});

describe('transactional topics', () => {
  it('a commit sitting on a transaction marker is caught up, not lagging by 1', () => {
    const s = simulate({ to: 30 * MIN, end: () => 1_001, committed: () => 1_000 }).map((x) => ({ ...x, caughtUp: true }));
    const tl = timeline(s, MIN, 30 * MIN, MIN, never);
    expect(runs(tl)).toEqual(['OK']);
    expect(tl.at(-1)!.reason).toBe('caught up (only transaction markers left to read, lag 1)');
  });
});

describe('severity', () => {
  it('orders the statuses as documented', () => {
    expect(LAG_STATUS_SEVERITY).toEqual(['OK', 'WARN', 'REWIND', 'ERR', 'STALL', 'STOP']);
  });
});
