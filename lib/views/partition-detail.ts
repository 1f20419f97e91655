import { notFound } from '@/lib/api/http';
import { partitionHistory, type PartitionHistory } from '@/lib/analysis/partition-history';
import type { Db } from '@/lib/store/client';

const TYPES = ['PARTITION_OFFLINE', 'PARTITION_ONLINE', 'UNDER_MIN_ISR', 'MIN_ISR_RESTORED', 'ISR_SHRINK', 'ISR_EXPAND'];

export interface PartitionDetail extends PartitionHistory {
  topic: string;
  partition: number;
  range: { from: string; to: string };
}

/** A partition's offline / under-min-ISR / under-replicated intervals over a time range. */
export async function partitionDetail(db: Db, clusterId: string, topic: string, partition: number, range: { from: Date; to: Date }): Promise<PartitionDetail> {
  const exists = await db.partitionState.findUnique({ where: { clusterId_topic_partition: { clusterId, topic, partition } } });
  if (!exists) throw notFound(`partition ${topic}-${partition}`);
  const where = { clusterId, topic, partition };
  const lastBefore = (types: string[]) =>
    db.event.findFirst({ where: { ...where, type: { in: types }, at: { lt: range.from } }, orderBy: { id: 'desc' } });
  const [offline, minIsr, isr, within] = await Promise.all([
    lastBefore(['PARTITION_OFFLINE', 'PARTITION_ONLINE']),
    lastBefore(['UNDER_MIN_ISR', 'MIN_ISR_RESTORED']),
    lastBefore(['ISR_SHRINK', 'ISR_EXPAND']),
    db.event.findMany({ where: { ...where, type: { in: TYPES }, at: { gte: range.from, lte: range.to } }, orderBy: { id: 'asc' } }),
  ]);
  const isrDetails = isr?.details as { after?: number[]; replicas?: number[] } | undefined;
  const history = partitionHistory(within, range.from, range.to, {
    offline: offline?.type === 'PARTITION_OFFLINE',
    underMinIsr: minIsr?.type === 'UNDER_MIN_ISR',
    underReplicated: (isrDetails?.after?.length ?? 0) < (isrDetails?.replicas?.length ?? 0),
  });
  return { topic, partition, range: { from: range.from.toISOString(), to: range.to.toISOString() }, ...history };
}
