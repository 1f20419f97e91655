import { describe, expect, it } from 'vitest';
import { leaderShare, mapColumns, replicaCell } from '@/lib/client/replica-map';

describe('replica map', () => {
  const p = { leader: 1, replicas: [1, 2, 3], isr: [1], offlineReplicas: [], elr: [2] };
  it('tells leader, in-sync, eligible, out-of-sync and offline replicas apart', () => {
    expect([1, 2, 3, 4].map((b) => replicaCell(p, b, new Set()))).toEqual(['leader', 'eligible', 'out-of-sync', 'none']);
    expect(replicaCell(p, 2, new Set([2]))).toBe('offline');
    expect(mapColumns([{ replicas: [5, 1] }], [1, 2])).toEqual([1, 2, 5]);
    expect(leaderShare(10, 12, 3).skewed).toBe(true);
  });
});
