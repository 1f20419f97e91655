import { quorumStatus } from '@/lib/analysis/quorum-status';
import type { QuorumInfo } from '@/lib/model/observation';
import type { StoredQuorum } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';

/** The KRaft controller quorum as kafka-metadata-quorum describe --status / --replication show it. */
export interface QuorumView {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: string;
  maxFollowerLag: string;
  maxFollowerLagTimeMs: number | null;
  replicas: { replicaId: number; directoryId: string | null; logEndOffset: string; lag: string; lastFetchTimestamp: number | null; lastCaughtUpTimestamp: number | null; status: string }[];
  /** When it was read (the poll's time). */
  at: string;
}

export async function quorumView(db: Db, clusterId: string): Promise<QuorumView | null> {
  const row = await db.cluster.findUnique({ where: { id: clusterId }, select: { quorum: true, lastPollAt: true } });
  const q = row?.quorum as StoredQuorum | null | undefined;
  if (!q || !row?.lastPollAt) return null;
  const info: QuorumInfo = {
    leaderId: q.leaderId,
    leaderEpoch: q.leaderEpoch,
    highWatermark: BigInt(q.highWatermark),
    voters: q.voters.map((v) => ({ ...v, logEndOffset: BigInt(v.logEndOffset) })),
    observers: q.observers.map((v) => ({ ...v, logEndOffset: BigInt(v.logEndOffset) })),
  };
  const s = quorumStatus(info);
  if (!s) return null;
  return {
    leaderId: q.leaderId,
    leaderEpoch: q.leaderEpoch,
    highWatermark: q.highWatermark,
    maxFollowerLag: s.maxFollowerLag.toString(),
    maxFollowerLagTimeMs: s.maxFollowerLagTimeMs,
    replicas: s.replicas.map((r) => ({ ...r, logEndOffset: r.logEndOffset.toString(), lag: r.lag.toString(), status: r.status })),
    at: row.lastPollAt.toISOString(),
  };
}
