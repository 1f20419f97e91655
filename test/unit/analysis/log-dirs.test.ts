import { describe, expect, it } from 'vitest';
import { brokerDisk, topicSizes } from '@/lib/analysis/log-dirs';
import type { BrokerLogDirs } from '@/lib/kafka/types';
import { part, state, topic } from './fixtures';

const dirs = (brokerId: number, parts: [string, number, bigint, boolean?][], total: bigint | null = 1000n): BrokerLogDirs => ({
  brokerId,
  dirs: [{ path: '/d', errorCode: 0, totalBytes: total, usableBytes: total === null ? null : total / 2n, partitions: parts.map(([t, p, size, isFuture = false]) => ({ topic: t, partition: p, size, offsetLag: 0n, isFuture })) }],
});

describe('log dir sizes', () => {
  it('sums a broker\'s replicas, leaving out reassignment copies', () => {
    expect(brokerDisk([dirs(1, [['a', 0, 10n], ['a', 1, 5n], ['a', 2, 99n, true]])]).get(1)).toEqual({ logBytes: 15n, totalBytes: 1000n, usableBytes: 500n });
  });

  it('capacity is unknown when a broker does not report it', () => {
    expect(brokerDisk([dirs(2, [], null)]).get(2)?.totalBytes).toBeNull();
  });

  it('a topic\'s size is the sum of its leader replicas\' sizes', () => {
    const s = state({ topics: [topic('a', [part('a', 0, 1, [1, 2]), part('a', 1, 2, [2, 1]), part('a', 2, -1, [3])])] });
    const sizes = topicSizes([dirs(1, [['a', 0, 10n], ['a', 1, 11n]]), dirs(2, [['a', 0, 12n], ['a', 1, 7n]])], s);
    expect(sizes.get('a')).toBe(17n); // leader 1 for p0 (10) + leader 2 for p1 (7); p2 offline
  });
});
