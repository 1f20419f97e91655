// The figures `kafka-metadata-quorum describe --replication / --status` derive from DescribeQuorum,
// computed the same way, so the dashboard and the tool never disagree.
import type { QuorumInfo, QuorumReplica } from '@/lib/model/observation';

export type QuorumRole = 'Leader' | 'Follower' | 'Observer';

export interface QuorumReplicaRow extends QuorumReplica {
  /** The leader's log end offset minus this replica's. */
  lag: bigint;
  status: QuorumRole;
}

export interface QuorumStatus {
  /** Leader first, then the other voters, then observers: the tool's row order. */
  replicas: QuorumReplicaRow[];
  /** Lag of the voter furthest behind (the first such voter in the answer, as the tool picks it). */
  maxFollowerLag: bigint;
  /** How long ago, by the leader's clock, that voter was last caught up; null when a timestamp is unknown (the tool's -1). */
  maxFollowerLagTimeMs: number | null;
}

/** null when the leader is not among the voters (no leader elected yet). */
export function quorumStatus(q: QuorumInfo): QuorumStatus | null {
  const leader = q.voters.find((v) => v.replicaId === q.leaderId);
  if (!leader) return null;
  const row = (r: QuorumReplica, status: QuorumRole): QuorumReplicaRow => ({ ...r, lag: leader.logEndOffset - r.logEndOffset, status });
  const replicas = [
    row(leader, 'Leader'),
    ...q.voters.filter((v) => v !== leader).map((v) => row(v, 'Follower')),
    ...q.observers.map((o) => row(o, 'Observer')),
  ];
  const furthest = q.voters.reduce((a, b) => (b.logEndOffset < a.logEndOffset ? b : a));
  let maxFollowerLagTimeMs: number | null = 0;
  if (furthest !== leader) {
    const [l, f] = [leader.lastCaughtUpTimestamp, furthest.lastCaughtUpTimestamp];
    maxFollowerLagTimeMs = l !== null && f !== null ? l - f : null;
  }
  return { replicas, maxFollowerLag: leader.logEndOffset - furthest.logEndOffset, maxFollowerLagTimeMs };
}
