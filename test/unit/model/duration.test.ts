import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, plural } from '@/lib/model/duration';

describe('formatCount', () => {
  it('groups thousands, bigint-safe', () => {
    expect([0n, 999n, 4_500n, 1_234_567n, -12_000n].map(formatCount)).toEqual(['0', '999', '4,500', '1,234,567', '-12,000']);
    expect(formatCount(9_007_199_254_740_993n)).toBe('9,007,199,254,740,993');
    expect(formatCount(1234.4)).toBe('1,234');
  });
});

describe('formatDuration: one format everywhere', () => {
  it('shows at most two units, never rounding up', () => {
    const s = (x: number) => formatDuration(x * 1000);
    expect([0, 45, 59.9, 60, 750, 3_600, 3_900, 7_980, 90_000, 0.4].map(s)).toEqual(['0s', '45s', '59s', '1m', '12m 30s', '1h', '1h 5m', '2h 13m', '1d 1h', '0s']);
  });
  it('treats negative durations (clock skew) as zero', () => {
    expect(formatDuration(-5000)).toBe('0s');
  });
});

describe('plural', () => {
  it('says one or many', () => {
    expect([plural(1, 'partition'), plural(3, 'partition'), plural(0, 'entry', 'entries')]).toEqual(['1 partition', '3 partitions', '0 entries']);
  });
});
