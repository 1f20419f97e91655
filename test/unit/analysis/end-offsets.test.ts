import { describe, expect, it } from 'vitest';
import { EndOffsetGuard, LOWER_READINGS_BEFORE_TRUNCATION, STALE_END_OFFSET } from '@/lib/analysis/end-offsets';

const reading = (end: bigint | null, partition = 0) => ({ topic: 't', partition, startOffset: 0n, endOffset: end, errorCode: end === null ? 6 : 0 });
const ids = new Map([['t', 'id-1']]);

describe('EndOffsetGuard', () => {
  it('passes readings that move forward', () => {
    const g = new EndOffsetGuard();
    expect(g.check([reading(10n)], ids)[0]?.endOffset).toBe(10n);
    expect(g.check([reading(12n)], ids)[0]?.endOffset).toBe(12n);
    expect(g.check([reading(12n)], ids)[0]?.endOffset).toBe(12n);
  });

  it('sets aside a lower reading from a stale leader as unknown, never a smaller number', () => {
    const g = new EndOffsetGuard();
    g.check([reading(239n)], ids);
    const [r] = g.check([reading(142n)], ids);
    expect(r).toMatchObject({ endOffset: null, startOffset: null, errorCode: STALE_END_OFFSET });
    expect(g.check([reading(239n)], ids)[0]?.endOffset).toBe(239n);
  });

  it('believes a lower value that persists: the log was truncated (unclean election)', () => {
    const g = new EndOffsetGuard();
    g.check([reading(100n)], ids);
    const seen = Array.from({ length: LOWER_READINGS_BEFORE_TRUNCATION }, () => g.check([reading(90n)], ids)[0]?.endOffset ?? null);
    expect(seen).toEqual([...Array(LOWER_READINGS_BEFORE_TRUNCATION - 1).fill(null), 90n]);
    expect(g.check([reading(91n)], ids)[0]?.endOffset).toBe(91n);
  });

  it('a recreated topic (new id) starts over', () => {
    const g = new EndOffsetGuard();
    g.check([reading(1000n)], ids);
    expect(g.check([reading(3n)], new Map([['t', 'id-2']]))[0]?.endOffset).toBe(3n);
  });

  it('an unreadable partition stays unknown and does not reset what was seen', () => {
    const g = new EndOffsetGuard();
    g.check([reading(50n)], ids);
    expect(g.check([reading(null)], ids)[0]?.endOffset).toBeNull();
    expect(g.check([reading(40n)], ids)[0]?.endOffset).toBeNull();
  });
});
