// CI smoke of bench/analysis-digest.ts: the digest it compares before and after a change only means
// something if the same run gives the same digest and a different run does not.
import { describe, expect, it } from 'vitest';
import { analysisDigest } from '@/bench/analysis-digest';

describe('analysis digest', () => {
  it('is repeatable for one run and differs for another', async () => {
    const a = await analysisDigest(200, 20, 30);
    const b = await analysisDigest(200, 20, 30);
    const c = await analysisDigest(200, 20, 31);
    expect(a.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(b.digest).toBe(a.digest);
    expect(c.digest).not.toBe(a.digest);
  });
});
