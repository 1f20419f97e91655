import { notFound } from '@/lib/model/errors';
import { asLagEstimate, type LagEstimate } from '@/lib/model/lag';
import { partitionFlags, type PartitionFlags } from '@/lib/analysis/partition-flags';
import type { RatePoint } from '@/lib/analysis/throughput';
import { minIsrOf, type StoredElr, type TopicConfigs } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';
import { partitionIntervals, type PartitionIntervals, type Range } from './intervals';
import { topicThroughput } from './topic-throughput';

export interface PartitionRow extends PartitionFlags {
  partition: number;
  leader: number | null;
  replicas: number[];
  isr: number[];
  outOfSyncReplicas: number[];
  offlineReplicas: number[];
  /**
   * Eligible leader replicas (KIP-966): out of the ISR but holding every committed record, so one
   * can still become leader cleanly; null when the cluster does not report them.
   */
  elr: number[] | null;
  /** The ELR before the last leader was lost (KIP-966), as kafka-topics --describe shows it; null when not reported. */
  lastKnownElr: number[] | null;
  startOffset: string | null;
  endOffset: string | null;
}

/** A consumer group reading the topic, with its lag on it. */
export interface TopicConsumer {
  groupId: string;
  state: string | null;
  status: string;
  partitions: number;
  lag: string | null;
  maxLagSeconds: number | null;
  maxLagSecondsEstimate: LagEstimate | null;
  updatedAt: string;
}

export interface TopicDetail {
  name: string;
  topicId: string | null;
  internal: boolean;
  replicationFactor: number;
  configs: TopicConfigs | null;
  partitions: PartitionRow[];
  updatedAt: string;
  firstSeenAt: string;
  /** Messages retained (sum of end − start offsets) and bytes on disk (leader replicas); null until read. */
  messages: string | null;
  sizeBytes: string | null;
  throughput: RatePoint[];
  /** Seconds per throughput point: 0 = one per poll; otherwise 5-minute rollups (or a multiple) for longer or older ranges. */
  throughputStepSeconds: number;
  lastWriteAt: string | null;
  /** null when lastWriteAt is exact; else the last write fell within this many seconds before it (from a rollup). */
  lastWriteWithinSeconds: number | null;
  consumers: TopicConsumer[];
  /** Partitions that were offline, under min ISR or under-replicated within the range. */
  history: { watchedFrom: string | null; partitions: PartitionIntervals[] };
}

export async function topicDetail(db: Db, clusterId: string, name: string, range: Range): Promise<TopicDetail> {
  const topic = await db.topic.findUnique({ where: { clusterId_name: { clusterId, name } } });
  if (!topic) throw notFound(`topic "${name}"`);
  const [parts, brokers, rates, consumers, history] = await Promise.all([
    db.partitionState.findMany({ where: { clusterId, topic: name }, orderBy: { partition: 'asc' } }),
    db.broker.findMany({ where: { clusterId, up: true }, select: { brokerId: true } }),
    topicThroughput(db, clusterId, topic, range),
    db.$queryRaw<{ group_id: string; state: string | null; status: string; partitions: number; lag: bigint | null; max_lag_seconds: number | null; max_lag_seconds_estimate: string | null; updated_at: Date }[]>`
      SELECT t.group_id, g.state, t.status, t.partitions, t.lag, t.max_lag_seconds, t.max_lag_seconds_estimate, t.updated_at
      FROM consumer_group_topic t LEFT JOIN consumer_group g ON g.cluster_id = t.cluster_id AND g.group_id = t.group_id
      WHERE t.cluster_id = ${clusterId} AND t.topic = ${name}
      ORDER BY t.max_lag_seconds DESC NULLS LAST, t.lag DESC NULLS LAST, t.group_id`,
    partitionIntervals(db, clusterId, { name, firstSeenAt: topic.firstSeenAt, partitions: topic.partitionCount }, range, { onlyImpaired: true }),
  ]);
  const minIsr = minIsrOf(topic.configs);
  const live = new Set(brokers.map((b) => b.brokerId));
  return {
    name: topic.name,
    topicId: topic.topicId,
    internal: topic.internal,
    replicationFactor: topic.replicationFactor,
    configs: (topic.configs as TopicConfigs | null) ?? null,
    updatedAt: topic.updatedAt.toISOString(),
    firstSeenAt: topic.firstSeenAt.toISOString(),
    messages: topic.messages?.toString() ?? null,
    sizeBytes: topic.sizeBytes?.toString() ?? null,
    partitions: parts.map((p) => ({
      partition: p.partition,
      leader: p.leader < 0 ? null : p.leader,
      replicas: p.replicas,
      isr: p.isr,
      outOfSyncReplicas: p.replicas.filter((r) => !p.isr.includes(r)),
      offlineReplicas: p.offlineReplicas,
      elr: (p.elr as StoredElr | null)?.elr ?? null,
      lastKnownElr: (p.elr as StoredElr | null)?.lastKnownElr ?? null,
      startOffset: p.startOffset?.toString() ?? null,
      endOffset: p.endOffset?.toString() ?? null,
      ...partitionFlags(p, minIsr, live),
    })),
    throughput: rates.points,
    throughputStepSeconds: rates.stepSeconds,
    lastWriteAt: rates.lastWriteAt,
    lastWriteWithinSeconds: rates.lastWriteWithinSeconds,
    consumers: consumers.map((c) => ({
      groupId: c.group_id,
      state: c.state,
      status: c.status,
      partitions: c.partitions,
      lag: c.lag?.toString() ?? null,
      maxLagSeconds: c.max_lag_seconds,
      maxLagSecondsEstimate: asLagEstimate(c.max_lag_seconds_estimate),
      updatedAt: c.updated_at.toISOString(),
    })),
    history,
  };
}
