import { minIsrOf } from '@/lib/model/stored';
import type { SortOrder, TopicSort } from '@/lib/model/topics';
import type { Db } from '@/lib/store/client';

export const TOPIC_STATUS = ['under-replicated', 'under-min-isr', 'offline', 'rf1'] as const;
export type TopicStatusFilter = (typeof TOPIC_STATUS)[number];

export interface TopicRow {
  name: string;
  internal: boolean;
  partitions: number;
  replicationFactor: number;
  minInsyncReplicas: number | null;
  offlinePartitions: number;
  underReplicatedPartitions: number;
  underMinIsrPartitions: number;
  /** Sum over partitions of end - start offset: messages currently retained. */
  messages: string | null;
  /** Bytes on disk (leader replicas); null until log dirs were read. */
  sizeBytes: string | null;
}

export interface TopicPage {
  total: number;
  page: number;
  pageSize: number;
  topics: TopicRow[];
}

export interface TopicQuery {
  q?: string;
  status?: TopicStatusFilter;
  includeInternal: boolean;
  page: number;
  pageSize: number;
  /** Default: by name, A→Z. */
  sort?: { key: TopicSort; order: SortOrder };
}

type TopicOrder = NonNullable<NonNullable<Parameters<Db['topic']['findMany']>[0]>['orderBy']>;

/** ORDER BY for a sort key; the name breaks ties, and unread figures (null) go last either way. */
export function topicOrder(sort: TopicQuery['sort'] = { key: 'name', order: 'asc' }): TopicOrder {
  const dir = sort.order;
  const byName = { name: 'asc' as const };
  switch (sort.key) {
    case 'name':
      return [{ name: dir }];
    case 'partitions':
      return [{ partitionCount: dir }, byName];
    case 'messages':
      return [{ messages: { sort: dir, nulls: 'last' } }, byName];
    case 'size':
      return [{ sizeBytes: { sort: dir, nulls: 'last' } }, byName];
    case 'problems':
      // Worst first (desc): offline, then under min ISR, then under-replicated partitions.
      return [{ offlinePartitions: dir }, { underMinIsrPartitions: dir }, { underReplicatedPartitions: dir }, byName];
  }
}

/** One page from the topic table: flag counts are kept per topic by the collector, so this never
 * aggregates partitions and stays fast with thousands of topics. */
export async function listTopics(db: Db, clusterId: string, query: TopicQuery): Promise<TopicPage> {
  const q = query.q?.toLowerCase();
  const where = {
    clusterId,
    ...(q ? { name: { contains: q, mode: 'insensitive' as const } } : {}),
    ...(query.includeInternal ? {} : { internal: false }),
    ...(query.status === 'offline' ? { offlinePartitions: { gt: 0 } } : {}),
    ...(query.status === 'under-replicated' ? { underReplicatedPartitions: { gt: 0 } } : {}),
    ...(query.status === 'under-min-isr' ? { underMinIsrPartitions: { gt: 0 } } : {}),
    ...(query.status === 'rf1' ? { replicationFactor: 1 } : {}),
  };
  const [total, rows] = await Promise.all([
    db.topic.count({ where }),
    db.topic.findMany({ where, orderBy: topicOrder(query.sort), skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    topics: rows.map((r) => ({
      name: r.name,
      internal: r.internal,
      partitions: r.partitionCount,
      replicationFactor: r.replicationFactor,
      minInsyncReplicas: minIsrOf(r.configs),
      offlinePartitions: r.offlinePartitions,
      underReplicatedPartitions: r.underReplicatedPartitions,
      underMinIsrPartitions: r.underMinIsrPartitions,
      messages: r.messages === null ? null : r.messages.toString(),
      sizeBytes: r.sizeBytes === null ? null : r.sizeBytes.toString(),
    })),
  };
}
