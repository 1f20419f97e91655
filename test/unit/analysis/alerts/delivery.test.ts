import { describe, expect, it } from 'vitest';
import { afterFailure, dueDeliveries, RateLimiter, retryDelayMs, DELIVERY } from '@/lib/analysis/alerts/delivery';

const d = (id: number, alertId: number | null, receiver: string, nextAttemptAt = 0) => ({ id: BigInt(id), alertId: alertId === null ? null : BigInt(alertId), receiver, createdAt: 0, nextAttemptAt });

describe('alert delivery policy', () => {
  it('backs off 5 s, 10 s, 20 s … and stops growing at 5 min', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelayMs)).toEqual([5000, 10_000, 20_000, 40_000, 300_000, 300_000, 300_000]);
  });

  it('a resolve waits behind its own undelivered fire, but not behind other alerts or receivers', () => {
    const pending = [d(3, 1, 'hook', 0), d(1, 1, 'hook', 50_000), d(2, 1, 'slack', 0), d(4, 2, 'hook', 0), d(5, null, 'hook', 0)];
    expect(dueDeliveries(pending, 10_000).map((x) => Number(x.id))).toEqual([2, 4, 5]);
    expect(dueDeliveries(pending, 60_000).map((x) => Number(x.id))).toEqual([1, 2, 4, 5]);
  });

  it('gives up a day after the notification was owed', () => {
    expect(afterFailure({ createdAt: 0, attempts: 3 }, 60_000)).toEqual({ status: 'pending', nextAttemptAt: 80_000 });
    expect(afterFailure({ createdAt: 0, attempts: 300 }, DELIVERY.giveUpAfterMs)).toEqual({ status: 'failed' });
  });

  it('lets N a minute through per receiver, refilling over time', () => {
    const r = new RateLimiter(3);
    expect([0, 1, 2, 3].map(() => r.take('hook', 0))).toEqual([true, true, true, false]);
    expect(r.take('slack', 0)).toBe(true);
    expect(r.take('hook', 19_000)).toBe(false);
    expect(r.take('hook', 20_000)).toBe(true);
  });
});
