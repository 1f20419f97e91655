import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '@/lib/auth/rate-limit';

const MIN = 60_000;

describe('FailureLimiter', () => {
  it('lets five failures through and holds the sixth attempt until the first leaves the window', () => {
    let now = 0;
    const l = new FailureLimiter(5, 15 * MIN, () => now);
    for (let i = 0; i < 5; i++) {
      expect(l.retryAfterMs('alice|10.0.0.1')).toBe(0);
      l.fail('alice|10.0.0.1');
      now += MIN;
    }
    // Five failures at minutes 0..4; now minute 5: wait until minute 15.
    expect(l.retryAfterMs('alice|10.0.0.1')).toBe(10 * MIN);
    expect(l.retryAfterMs('alice|10.0.0.2')).toBe(0);
    now = 15 * MIN - 1;
    expect(l.retryAfterMs('alice|10.0.0.1')).toBe(1);
    now = 15 * MIN;
    expect(l.retryAfterMs('alice|10.0.0.1')).toBe(0);
  });

  it('a success clears the count', () => {
    const l = new FailureLimiter(2, MIN, () => 0);
    l.fail('k');
    l.fail('k');
    expect(l.retryAfterMs('k')).toBeGreaterThan(0);
    l.clear('k');
    expect(l.retryAfterMs('k')).toBe(0);
  });

  it('keeps memory bounded, forgetting the stalest keys first', () => {
    const now = 0;
    const l = new FailureLimiter(1, MIN, () => now, 3);
    for (const k of ['a', 'b', 'c']) l.fail(k);
    l.fail('a'); // a is now the freshest
    l.fail('d'); // b goes
    expect(['a', 'b', 'c', 'd'].map((k) => l.retryAfterMs(k) > 0)).toEqual([true, false, true, true]);
  });
});
