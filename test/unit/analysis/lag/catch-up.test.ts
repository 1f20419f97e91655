import { describe, expect, it } from 'vitest';
import { catchUp } from '@/lib/analysis/lag/catch-up';

const series = (f: (s: number) => number, n = 20) => Array.from({ length: n }, (_, i) => ({ at: i * 5000, lag: Math.max(0, Math.round(f(i * 5))) }));

describe('catchUp', () => {
  it('draining 100 msg/s with 30,000 left: about 5 minutes', () => {
    const r = catchUp(series((s) => 40_000 - 100 * s));
    expect(r).toMatchObject({ kind: 'catching-up', drainPerSecond: 100 });
    expect(r && r.kind === 'catching-up' ? r.seconds : 0).toBeCloseTo(305, -1);
  });
  it('growing or steady lag is not catching up; zero is caught up; too few points is unknown', () => {
    expect(catchUp(series((s) => 1000 + 20 * s))).toEqual({ kind: 'not-catching-up', growthPerSecond: 20 });
    expect(catchUp(series(() => 500))).toEqual({ kind: 'not-catching-up', growthPerSecond: 0 });
    expect(catchUp(series((s) => 100 - 10 * s))).toEqual({ kind: 'caught-up' });
    expect(catchUp(series((s) => 900 - 10 * s, 3))).toBeNull();
  });
});
