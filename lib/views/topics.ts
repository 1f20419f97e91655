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
}

interface Row {
  name: string;
  internal: boolean;
  partition_count: number;
  replication_factor: number;
  min_isr: number | null;
  offline: bigint;
  urp: bigint;
  umi: bigint;
  messages: bigint | null;
  total: bigint;
}

/** One SQL query: flags are aggregated in the database so thousands of topics page quickly. */
export async function listTopics(db: Db, clusterId: string, query: TopicQuery): Promise<TopicPage> {
  const q = query.q?.toLowerCase() ?? '';
  const status = query.status ?? '';
  const rows = await db.$queryRaw<Row[]>`
    WITH t AS (
      SELECT tp.name, tp.internal, tp.partition_count, tp.replication_factor,
        (tp.configs->>'minInsyncReplicas')::int AS min_isr,
        count(ps.partition) FILTER (WHERE ps.leader < 0) AS offline,
        count(ps.partition) FILTER (WHERE cardinality(ps.isr) < cardinality(ps.replicas)) AS urp,
        count(ps.partition) FILTER (WHERE ps.leader < 0 OR cardinality(ps.isr) < (tp.configs->>'minInsyncReplicas')::int) AS umi,
        sum(ps.end_offset - ps.start_offset)::bigint AS messages
      FROM topic tp
      LEFT JOIN partition_state ps ON ps.cluster_id = tp.cluster_id AND ps.topic = tp.name
      WHERE tp.cluster_id = ${clusterId}
      GROUP BY tp.name, tp.internal, tp.partition_count, tp.replication_factor, tp.configs
    )
    SELECT *, count(*) OVER () AS total FROM t
    WHERE (${q} = '' OR position(${q} IN lower(name)) > 0)
      AND (${query.includeInternal} OR NOT internal)
      AND (${status} = ''
        OR (${status} = 'offline' AND offline > 0)
        OR (${status} = 'under-replicated' AND urp > 0)
        OR (${status} = 'under-min-isr' AND umi > 0)
        OR (${status} = 'rf1' AND replication_factor = 1))
    ORDER BY name
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  return {
    total: Number(rows[0]?.total ?? (query.page > 1 ? await countOnly(db, clusterId) : 0)),
    page: query.page,
    pageSize: query.pageSize,
    topics: rows.map((r) => ({
      name: r.name,
      internal: r.internal,
      partitions: r.partition_count,
      replicationFactor: r.replication_factor,
      minInsyncReplicas: r.min_isr,
      offlinePartitions: Number(r.offline),
      underReplicatedPartitions: Number(r.urp),
      underMinIsrPartitions: Number(r.umi),
      messages: r.messages === null ? null : r.messages.toString(),
    })),
  };
}

/** A page past the end still reports how many topics there are. */
async function countOnly(db: Db, clusterId: string): Promise<number> {
  return db.topic.count({ where: { clusterId } });
}
