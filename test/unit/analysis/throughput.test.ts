import { describe, expect, it } from 'vitest';
import { lastWrite, throughput } from '@/lib/analysis/throughput';

describe('throughput', () => {
  const p = (partition: number, s: number, endOffset: bigint) => ({ partition, at: new Date(s * 1000), endOffset });

  it('sums per-partition deltas over time', () => {
    expect(throughput([p(0, 0, 0n), p(1, 0, 100n), p(0, 5, 50n), p(1, 5, 150n), p(0, 10, 50n), p(1, 10, 150n)])).toEqual([
      { at: new Date(5000).toISOString(), messagesPerSecond: 20 },
      { at: new Date(10000).toISOString(), messagesPerSecond: 0 },
    ]);
  });

  it('a recreated topic (offset going back) is not a negative rate', () => {
    expect(throughput([p(0, 0, 1000n), p(0, 5, 3n)])).toEqual([{ at: new Date(5000).toISOString(), messagesPerSecond: 0 }]);
  });

  it('last write is the last time an end offset moved: writes stopped at 17:05', () => {
    const pts = [p(0, 0, 10n), p(0, 5, 20n), p(0, 10, 20n), p(0, 15, 20n)];
    expect(lastWrite(pts)).toBe(new Date(5000).toISOString());
    expect(lastWrite([p(0, 0, 10n), p(0, 5, 10n)])).toBeNull();
  });
});
