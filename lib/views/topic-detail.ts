import { notFound } from '@/lib/api/http';
import { partitionFlags, type PartitionFlags } from '@/lib/analysis/partition-flags';
import { lastWrite, throughput, type RatePoint } from '@/lib/analysis/throughput';
import { minIsrFromConfigs } from '@/lib/analysis/topic-configs';
import type { TopicConfigs } from '@/lib/collector/source';
import type { Db } from '@/lib/store/client';

export interface PartitionRow extends PartitionFlags {
  partition: number;
  leader: number | null;
  replicas: number[];
  isr: number[];
  outOfSyncReplicas: number[];
  offlineReplicas: number[];
  startOffset: string | null;
  endOffset: string | null;
}

export interface TopicDetail {
  name: string;
  topicId: string | null;
  internal: boolean;
  replicationFactor: number;
  configs: TopicConfigs | null;
  partitions: PartitionRow[];
  updatedAt: string;
  throughput: RatePoint[];
  lastWriteAt: string | null;
}

export async function topicDetail(db: Db, clusterId: string, name: string, range: { from: Date; to: Date }): Promise<TopicDetail> {
  const topic = await db.topic.findUnique({ where: { clusterId_name: { clusterId, name } } });
  if (!topic) throw notFound(`topic "${name}"`);
  const [parts, brokers, samples] = await Promise.all([
    db.partitionState.findMany({ where: { clusterId, topic: name }, orderBy: { partition: 'asc' } }),
    db.broker.findMany({ where: { clusterId, up: true }, select: { brokerId: true } }),
    db.offsetSample.findMany({
      where: { clusterId, topic: name, at: { gte: range.from, lte: range.to } },
      select: { partition: true, at: true, endOffset: true },
      orderBy: { at: 'asc' },
    }),
  ]);
  const minIsr = minIsrFromConfigs(topic.configs);
  const live = new Set(brokers.map((b) => b.brokerId));
  return {
    name: topic.name,
    topicId: topic.topicId,
    internal: topic.internal,
    replicationFactor: topic.replicationFactor,
    configs: (topic.configs as TopicConfigs | null) ?? null,
    updatedAt: topic.updatedAt.toISOString(),
    partitions: parts.map((p) => ({
      partition: p.partition,
      leader: p.leader < 0 ? null : p.leader,
      replicas: p.replicas,
      isr: p.isr,
      outOfSyncReplicas: p.replicas.filter((r) => !p.isr.includes(r)),
      offlineReplicas: p.offlineReplicas,
      startOffset: p.startOffset?.toString() ?? null,
      endOffset: p.endOffset?.toString() ?? null,
      ...partitionFlags(p, minIsr, live),
    })),
    throughput: throughput(samples),
    lastWriteAt: lastWrite(samples),
  };
}
