import { describe, expect, it } from 'vitest';
import { formatLagSeconds } from '@/lib/client/group-status';
import { asLagEstimate, lagSecondsQualifier, maxLagSeconds, type LagEstimate } from '@/lib/model/lag';

const p = (lagSeconds: number | null, lagSecondsEstimate: LagEstimate | null) => ({ lagSeconds, lagSecondsEstimate });

describe('lag in seconds, and how far to trust it', () => {
  it('only a lower bound or an estimate is qualified: a figure read off the record is not "≈"', () => {
    expect(formatLagSeconds(252, 'exact')).toBe('4m 12s');
    expect(formatLagSeconds(252, 'interpolated')).toBe('4m 12s');
    expect(formatLagSeconds(0, 'caught-up')).toBe('0s');
    expect(formatLagSeconds(252, 'batch')).toBe('≈ 4m 12s');
    expect(formatLagSeconds(252, 'extrapolated')).toBe('≈ 4m 12s');
    expect(formatLagSeconds(252, 'lower-bound')).toBe('≥ 4m 12s');
    expect(formatLagSeconds(null, 'lower-bound')).toBe('—');
    expect(lagSecondsQualifier(null)).toBe('');
  });

  it("a group's largest figure is a lower bound when any partition's is, even a smaller one", () => {
    expect(maxLagSeconds([p(100, 'exact'), p(60, 'lower-bound')])).toEqual({ seconds: 100, estimate: 'lower-bound' });
    expect(maxLagSeconds([p(100, 'exact'), p(60, 'extrapolated')])).toEqual({ seconds: 100, estimate: 'exact' });
    expect(maxLagSeconds([p(100, 'exact'), p(160, 'extrapolated')])).toEqual({ seconds: 160, estimate: 'extrapolated' });
    expect(maxLagSeconds([p(100, 'exact'), p(100, 'batch'), p(0, 'caught-up')])).toEqual({ seconds: 100, estimate: 'batch' });
    expect(maxLagSeconds([p(null, null), p(0, 'caught-up')])).toEqual({ seconds: 0, estimate: 'caught-up' });
    expect(maxLagSeconds([p(null, null)])).toEqual({ seconds: null, estimate: null });
    expect(maxLagSeconds([])).toEqual({ seconds: null, estimate: null });
  });

  it('reads back only estimate names it knows', () => {
    expect(asLagEstimate('lower-bound')).toBe('lower-bound');
    expect(asLagEstimate('guess')).toBeNull();
    expect(asLagEstimate(null)).toBeNull();
  });
});
