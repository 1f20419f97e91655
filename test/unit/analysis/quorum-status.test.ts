// The figures kafka-metadata-quorum derives from DescribeQuorum: row order, lag, status, and
// MaxFollowerLag / MaxFollowerLagTimeMs with the tool's choice of the furthest voter.
import { describe, expect, it } from 'vitest';
import { quorumStatus } from '@/lib/analysis/quorum-status';
import type { QuorumInfo, QuorumReplica } from '@/lib/model/observation';

const replica = (replicaId: number, leo: number, caught: number | null, fetch: number | null = caught): QuorumReplica => ({
  replicaId, directoryId: null, logEndOffset: BigInt(leo), lastFetchTimestamp: fetch, lastCaughtUpTimestamp: caught,
});
const quorum = (leaderId: number, voters: QuorumReplica[], observers: QuorumReplica[] = []): QuorumInfo => ({
  leaderId, leaderEpoch: 4, highWatermark: 100n, voters, observers, nodes: [],
});

describe('quorumStatus', () => {
  it('lists the leader, then followers, then observers, each with its lag behind the leader', () => {
    const s = quorumStatus(quorum(2, [replica(1, 98, 1000), replica(2, 100, 1010), replica(3, 100, 1009)], [replica(7, 90, 950)]));
    expect(s?.replicas.map((r) => [r.replicaId, r.status, r.lag])).toEqual([
      [2, 'Leader', 0n], [1, 'Follower', 2n], [3, 'Follower', 0n], [7, 'Observer', 10n],
    ]);
    // observers never count towards the follower lag
    expect(s).toMatchObject({ maxFollowerLag: 2n, maxFollowerLagTimeMs: 10 });
  });

  it('takes the first of equally far voters, which may be a follower even when none lags', () => {
    // the tool reports 131 ms here although every voter is at the same offset
    const s = quorumStatus(quorum(2, [replica(1, 26, 1000), replica(2, 26, 1131), replica(3, 26, 1000)]));
    expect(s).toMatchObject({ maxFollowerLag: 0n, maxFollowerLagTimeMs: 131 });
    expect(quorumStatus(quorum(1, [replica(1, 26, 1000), replica(2, 26, 1131)]))).toMatchObject({ maxFollowerLagTimeMs: 0 });
  });

  it('reports an unknown lag time as null (the tool prints -1) and no status without a leader', () => {
    expect(quorumStatus(quorum(1, [replica(1, 10, 1000), replica(2, 5, null)]))?.maxFollowerLagTimeMs).toBeNull();
    expect(quorumStatus(quorum(-1, [replica(1, 10, 1000)]))).toBeNull();
  });
});
