import { describe, expect, it } from 'vitest';
import { groupStatus, partitionStatus, type LagStatus } from '@/lib/analysis/lag/status';
import {
  afterLastReset,
  committedMoved,
  findRewind,
  lagIncreasing,
  lastCaughtUp,
  notCommittingSince,
  typicalInterval,
  type KnownSample,
} from '@/lib/analysis/lag/status-rules';

const S = 1000;
/** Samples 5 s apart from [endOffset, committed] pairs; lag as partitionLag computes it. */
const samples = (...xs: [number, number][]): KnownSample[] =>
  xs.map(([e, c], i) => ({ at: i * 5 * S, endOffset: BigInt(e), committed: BigInt(c), lag: BigInt(Math.max(0, e - c)) }));

describe('lagIncreasing (WARN)', () => {
  it('needs every step >= 0 and a net rise', () => {
    expect(lagIncreasing(samples([10, 0], [20, 0], [20, 0], [35, 5]))).toBe(true);
  });
  it('a single dip breaks the trend', () => {
    expect(lagIncreasing(samples([10, 0], [30, 0], [30, 15], [50, 15]))).toBe(false);
  });
  it('flat is not increasing', () => {
    expect(lagIncreasing(samples([10, 0], [10, 0], [10, 0]))).toBe(false);
  });
  it('empty is not increasing', () => {
    expect(lagIncreasing([])).toBe(false);
  });
});

describe('findRewind (REWIND)', () => {
  it('finds a committed offset going backwards, the latest one', () => {
    const w = samples([100, 90], [110, 40], [120, 50], [130, 20]);
    expect(findRewind(w)).toEqual({ from: w[2], to: w[3] });
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

describe('lastCaughtUp and committedMoved', () => {
  it('finds the latest sample with lag 0', () => {
    const w = samples([10, 10], [20, 20], [30, 25]);
    expect(lastCaughtUp(w)).toBe(w[1]);
    expect(lastCaughtUp(samples([10, 5]))).toBeUndefined();
  });
  it('tells whether the commit moved', () => {
    expect(committedMoved(samples([10, 5], [20, 5]))).toBe(false);
    expect(committedMoved(samples([10, 5], [20, 6]))).toBe(true);
  });
});

describe('notCommittingSince (STOP/STALL)', () => {
  const stuck = samples(...Array.from({ length: 13 }, (_, i): [number, number] => [100 + i, 50])); // 0 … 60 s
  it('holds once the commit is unchanged for the window, and says since when', () => {
    expect(notCommittingSince(stuck, stuck, 60 * S, 60 * S)).toBe(0);
    expect(notCommittingSince(stuck, stuck, 60 * S, 70 * S)).toBeNull();
  });
  it('allows one poll of slack when given only the samples inside the window', () => {
    const inside = stuck.slice(1); // first at 5 s, window start at 0 s
    expect(notCommittingSince(inside, inside, 60 * S, 60 * S)).toBe(5 * S);
  });
  it('does not hold with any caught-up sample in the window', () => {
    const w = samples([50, 50], [60, 50], [70, 50]);
    expect(notCommittingSince(w, w, 10 * S, 5 * S)).toBeNull();
  });
  it('counts the run from the last change', () => {
    const w = samples([100, 10], [100, 20], [100, 20], [100, 20]);
    expect(notCommittingSince(w, w, 15 * S, 10 * S)).toBe(5 * S);
  });
});

describe('helpers', () => {
  it('typicalInterval ignores a single long gap', () => {
    expect(typicalInterval([{ at: 0 }, { at: 5 }, { at: 10 }, { at: 500 }, { at: 505 }])).toBe(5);
    expect(typicalInterval([{ at: 0 }])).toBe(0);
  });
  it('afterLastReset sorts, cuts at the last end-offset decrease and says when', () => {
    const [a, b, c, d] = samples([100, 0], [5, 0], [8, 0], [3, 0]);
    const got = afterLastReset([d!, c!, a!, b!]);
    expect(got).toEqual({ samples: [d], resetAt: d!.at });
    expect(afterLastReset([c!, b!])).toEqual({ samples: [b, c], resetAt: null });
  });
});

describe('partitionStatus defaults', () => {
  it('uses the default config when none is given', () => {
    expect(partitionStatus([], { hasMembers: true, now: 0, lagSeconds: null })).toEqual({ status: 'OK', reason: 'not enough history (0 of 5 samples)' });
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
