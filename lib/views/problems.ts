// What is broken right now, by name: the overview's first panel. Read from the current-state
// tables; lists are capped (the counts are not) so a cluster on fire still answers fast.
import { BAD_LAG_STATUSES } from '@/lib/model/lag';
import type { Db } from '@/lib/store/client';

export const PROBLEM_LIST_LIMIT = 20;

export interface PartitionProblem {
  topic: string;
  partition: number;
  /** When the partition went into this state (its event), null when it was already so when first seen. */
  since: string | null;
}

export interface Problems {
  brokersDown: { id: number; host: string; port: number; since: string }[];
  offline: { count: number; partitions: PartitionProblem[] };
  /** acks=all producers fail on these. Offline partitions are included, as kafka-topics counts them. */
  underMinIsr: { count: number; partitions: PartitionProblem[] };
  /** Groups in ERR, STALL or STOP. */
  groups: { count: number; list: { groupId: string; status: string; reason: string | null; since: string | null }[] };
}

type Ref = { topic: string; partition: number };

async function sinceOf(db: Db, clusterId: string, type: string, refs: Ref[]): Promise<PartitionProblem[]> {
  if (refs.length === 0) return [];
  const rows = await db.$queryRaw<{ topic: string; partition: number; at: Date }[]>`
    SELECT DISTINCT ON (e.topic, e.partition) e.topic, e.partition, e.at
    FROM event e JOIN jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) AS x(topic text, partition int)
      ON e.topic = x.topic AND e.partition = x.partition
    WHERE e.cluster_id = ${clusterId} AND e.type = ${type}
    ORDER BY e.topic, e.partition, e.at DESC`;
  const at = new Map(rows.map((r) => [`${r.topic}\u0000${r.partition}`, r.at.toISOString()]));
  return refs.map((r) => ({ ...r, since: at.get(`${r.topic}\u0000${r.partition}`) ?? null }));
}

export async function currentProblems(db: Db, clusterId: string, counts: { offline: number; underMinIsr: number }): Promise<Problems> {
  const [down, offline, underMin, groups, groupCount] = await Promise.all([
    db.broker.findMany({ where: { clusterId, up: false }, orderBy: { brokerId: 'asc' } }),
    counts.offline === 0
      ? []
      : db.$queryRaw<Ref[]>`
          SELECT ps.topic, ps.partition FROM partition_state ps JOIN topic t ON t.cluster_id = ps.cluster_id AND t.name = ps.topic
          WHERE ps.cluster_id = ${clusterId} AND t.offline_partitions > 0
            AND (ps.leader < 0 OR ps.leader IN (SELECT broker_id FROM broker WHERE cluster_id = ${clusterId} AND NOT up))
          ORDER BY ps.topic, ps.partition LIMIT ${PROBLEM_LIST_LIMIT}`,
    counts.underMinIsr === 0
      ? []
      : db.$queryRaw<Ref[]>`
          SELECT ps.topic, ps.partition FROM partition_state ps JOIN topic t ON t.cluster_id = ps.cluster_id AND t.name = ps.topic
          WHERE ps.cluster_id = ${clusterId} AND t.under_min_isr_partitions > 0
            AND (ps.leader < 0 OR cardinality(ps.isr) < COALESCE((t.configs->>'minInsyncReplicas')::int, 0))
          ORDER BY ps.topic, ps.partition LIMIT ${PROBLEM_LIST_LIMIT}`,
    db.consumerGroup.findMany({
      where: { clusterId, status: { in: [...BAD_LAG_STATUSES] } },
      orderBy: [{ statusSince: 'asc' }, { groupId: 'asc' }],
      take: PROBLEM_LIST_LIMIT,
      select: { groupId: true, status: true, statusReason: true, statusSince: true },
    }),
    db.consumerGroup.count({ where: { clusterId, status: { in: [...BAD_LAG_STATUSES] } } }),
  ]);
  const [offlineSince, underMinSince] = await Promise.all([sinceOf(db, clusterId, 'PARTITION_OFFLINE', offline), sinceOf(db, clusterId, 'UNDER_MIN_ISR', underMin)]);
  return {
    brokersDown: down.map((b) => ({ id: b.brokerId, host: b.host, port: b.port, since: b.since.toISOString() })),
    offline: { count: counts.offline, partitions: offlineSince },
    underMinIsr: { count: counts.underMinIsr, partitions: underMinSince },
    groups: {
      count: groupCount,
      list: groups.map((g) => ({ groupId: g.groupId, status: g.status ?? 'OK', reason: g.statusReason, since: g.statusSince?.toISOString() ?? null })),
    },
  };
}
