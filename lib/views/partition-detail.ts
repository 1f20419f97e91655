import { notFound } from '@/lib/model/errors';
import type { PartitionHistory } from '@/lib/analysis/partition-history';
import type { Db } from '@/lib/store/client';
import { NOT_IMPAIRED_HISTORY } from './history-defaults';
import { partitionIntervals, type Range } from './intervals';

export interface PartitionDetail extends PartitionHistory {
  topic: string;
  partition: number;
  range: { from: string; to: string };
  /** Start of the watched part of the range (the topic's first sighting); null = not watched in it. */
  watchedFrom: string | null;
}

/** A partition's offline / under-min-ISR / under-replicated intervals over a time range. */
export async function partitionDetail(db: Db, clusterId: string, topic: string, partition: number, range: Range): Promise<PartitionDetail> {
  const [t, exists] = await Promise.all([
    db.topic.findUnique({ where: { clusterId_name: { clusterId, name: topic } }, select: { firstSeenAt: true, partitionCount: true } }),
    db.partitionState.findUnique({ where: { clusterId_topic_partition: { clusterId, topic, partition } }, select: { partition: true } }),
  ]);
  if (!t || !exists) throw notFound(`partition ${topic}-${partition}`);
  const r = await partitionIntervals(db, clusterId, { name: topic, firstSeenAt: t.firstSeenAt, partitions: t.partitionCount }, range, { partition });
  const h = r.partitions[0] ?? NOT_IMPAIRED_HISTORY;
  return {
    topic,
    partition,
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    watchedFrom: r.watchedFrom,
    offline: h.offline,
    underMinIsr: h.underMinIsr,
    underReplicated: h.underReplicated,
  };
}
