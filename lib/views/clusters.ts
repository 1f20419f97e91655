import { toPublic, type ClusterConfig, type PublicClusterConfig } from '@/lib/config/types';
import type { Db } from '@/lib/store/client';

export { clusterConfig, configuredClusters } from '@/lib/config/clusters';

export type ClusterStatus = 'ok' | 'degraded' | 'unreachable' | 'pending';

export interface LastPoll {
  at: string;
  ok: boolean;
  status: string;
  durationMs: number;
  error: string | null;
}

export interface ClusterSummary extends PublicClusterConfig {
  kafkaClusterId: string | null;
  status: ClusterStatus;
  /** True when the newest poll is older than three intervals: the collector is not running. */
  stale: boolean;
  unreachableSince: string | null;
  /** First time the cluster answered; null = never, so there is no known state at all. */
  firstReachedAt: string | null;
  /**
   * Why the cluster cannot be read now, when the last poll could not read it: unreachable, or
   * refused ("authentication failed (SASL SCRAM-SHA-512: …)", "TLS handshake failed: …"); else null.
   */
  statusReason: string | null;
  lastPoll: LastPoll | null;
}

export async function lastPoll(db: Db, clusterId: string): Promise<LastPoll | null> {
  const p = await db.pollRun.findFirst({ where: { clusterId }, orderBy: { startedAt: 'desc' } });
  return p
    ? { at: p.startedAt.toISOString(), ok: p.status !== 'failed', status: p.status, durationMs: p.durationMs, error: p.error }
    : null;
}

export async function clusterSummary(db: Db, cfg: ClusterConfig, now = Date.now()): Promise<ClusterSummary> {
  const [row, poll, downBrokers, badPartitions] = await Promise.all([
    db.cluster.findUnique({ where: { id: cfg.id } }),
    lastPoll(db, cfg.id),
    db.broker.count({ where: { clusterId: cfg.id, up: false } }),
    db.topic.count({ where: { clusterId: cfg.id, OR: [{ offlinePartitions: { gt: 0 } }, { underReplicatedPartitions: { gt: 0 } }] } }),
  ]);
  const stale = poll !== null && now - Date.parse(poll.at) > 3 * cfg.pollIntervalMs;
  let status: ClusterStatus = 'pending';
  if (row?.reachable === false) status = 'unreachable';
  else if (poll) {
    const bad = downBrokers > 0 || badPartitions > 0 || poll.status !== 'ok';
    status = bad ? 'degraded' : 'ok';
  }
  return {
    ...toPublic(cfg),
    kafkaClusterId: row?.kafkaClusterId ?? null,
    status,
    stale,
    unreachableSince: row?.unreachableSince?.toISOString() ?? null,
    firstReachedAt: row?.firstReachedAt?.toISOString() ?? null,
    // The poll's error names its phases; when it read nothing, metadata's is the one that matters.
    statusReason: poll?.status === 'failed' ? (poll.error ?? 'failed').replace(/^metadata: /, '') : null,
    lastPoll: poll,
  };
}
