import { catchUp, type CatchUp } from '@/lib/analysis/lag/catch-up';
import { notFound } from '@/lib/model/errors';
import type { GroupMember, StoredPartitionLag } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';

export interface GroupRow {
  groupId: string;
  state: string;
  protocol: string | null;
  members: number;
  topics: string[];
  /** null when no partition has both a commit and a known end offset. */
  totalLag: string | null;
  maxLagSeconds: number | null;
  status: string | null;
  statusReason: string | null;
  /** When the condition behind a non-OK status began. */
  statusSince: string | null;
  updatedAt: string;
  /** When lag and status were last evaluated (a poll that could not read an end offset leaves them as they were). */
  lagAt: string | null;
  /** Total lag over the last 30 minutes, one point per poll, for a sparkline. */
  spark: { at: string; lag: number }[];
}

export interface GroupDetail extends Omit<GroupRow, 'members' | 'spark'> {
  members: GroupMember[];
  partitions: StoredPartitionLag[];
  /** When it will be caught up at its current drain rate (an estimate), or that it is not catching up; null = too little history. */
  catchUp: CatchUp | null;
}

type Stored = Awaited<ReturnType<Db['consumerGroup']['findMany']>>[number];

const SPARK_MS = 30 * 60_000;
const CATCH_UP_MS = 10 * 60_000;

function common(g: Stored) {
  const partitions = (g.partitions as StoredPartitionLag[] | null) ?? [];
  return {
    groupId: g.groupId,
    state: g.state,
    protocol: g.protocol,
    topics: [...new Set(partitions.map((p) => p.topic))],
    totalLag: g.totalLag?.toString() ?? null,
    maxLagSeconds: g.maxLagSeconds,
    status: g.status,
    statusReason: g.statusReason,
    statusSince: g.statusSince?.toISOString() ?? null,
    updatedAt: g.updatedAt.toISOString(),
    lagAt: g.lagAt?.toISOString() ?? null,
    partitions,
  };
}

/** Total lag per poll of one or all groups since `from`. */
function totals(db: Db, clusterId: string, from: Date, groupId?: string) {
  return db.$queryRaw<{ group_id: string; at: Date; lag: bigint }[]>`
    SELECT group_id, at, sum(lag)::bigint AS lag FROM lag_sample
    WHERE cluster_id = ${clusterId} AND at >= ${from} AND (${groupId ?? null}::text IS NULL OR group_id = ${groupId ?? null}::text)
    GROUP BY group_id, at ORDER BY at`;
}

export async function listGroups(db: Db, clusterId: string, now = Date.now()): Promise<GroupRow[]> {
  const [groups, spark] = await Promise.all([db.consumerGroup.findMany({ where: { clusterId }, orderBy: { groupId: 'asc' } }), totals(db, clusterId, new Date(now - SPARK_MS))]);
  const byGroup = new Map<string, { at: string; lag: number }[]>();
  for (const s of spark) {
    const list = byGroup.get(s.group_id) ?? [];
    list.push({ at: s.at.toISOString(), lag: Number(s.lag) });
    byGroup.set(s.group_id, list);
  }
  return groups.map((g) => {
    const { partitions: _partitions, ...rest } = common(g);
    return { ...rest, members: (g.members as unknown[]).length, spark: byGroup.get(g.groupId) ?? [] };
  });
}

export async function groupDetail(db: Db, clusterId: string, groupId: string, now = Date.now()): Promise<GroupDetail> {
  const g = await db.consumerGroup.findUnique({ where: { clusterId_groupId: { clusterId, groupId } } });
  if (!g) throw notFound(`consumer group "${groupId}"`);
  const recent = await totals(db, clusterId, new Date(now - CATCH_UP_MS), groupId);
  return {
    ...common(g),
    members: g.members as unknown as GroupMember[],
    catchUp: catchUp(recent.map((r) => ({ at: r.at.getTime(), lag: Number(r.lag) }))),
  };
}
