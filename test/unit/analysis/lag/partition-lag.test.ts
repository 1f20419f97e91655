import { describe, expect, it } from 'vitest';
import { partitionLag, totalLag } from '@/lib/analysis/lag/partition-lag';

const p = (endOffset: bigint | null, committed: bigint | null) => partitionLag({ topic: 'orders', partition: 3, endOffset, committed });

describe('partitionLag', () => {
  it('is end offset minus committed offset', () => {
    expect(p(1_000n, 880n)).toEqual({ topic: 'orders', partition: 3, endOffset: 1_000n, committed: 880n, lag: 120n, hasCommit: true });
  });

  it('is 0 when caught up', () => {
    expect(p(1_000n, 1_000n).lag).toBe(0n);
  });

  it('clamps at 0 when the commit was read after the end offset', () => {
    expect(p(1_000n, 1_005n)).toMatchObject({ lag: 0n, hasCommit: true, committed: 1_005n });
  });

  it('is unknown without a commit', () => {
    expect(p(1_000n, null)).toMatchObject({ lag: null, hasCommit: false });
  });

  it('is unknown when the end offset is unknown, but the commit is still reported', () => {
    expect(p(null, 500n)).toMatchObject({ lag: null, hasCommit: true, committed: 500n });
  });

  it("treats Kafka's -1 (no offset) as no commit", () => {
    expect(p(1_000n, -1n)).toMatchObject({ lag: null, hasCommit: false, committed: null });
  });

  it('handles offsets beyond 2^53 exactly', () => {
    const end = 2n ** 60n + 7n;
    expect(p(end, end - 3n).lag).toBe(3n);
  });
});

describe('totalLag', () => {
  it('sums the known lags and skips unknown ones', () => {
    expect(totalLag([p(100n, 40n), p(null, 5n), p(100n, null), p(10n, 20n), p(7n, 0n)])).toBe(67n);
  });

  it('is 0 for no partitions', () => {
    expect(totalLag([])).toBe(0n);
  });
});
