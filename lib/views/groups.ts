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
  /** Total lag over the last 30 minutes for a sparkline: the highest total of each minute (at most 31 points). */
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

/**
 * A sparkline's points for every group: the highest per-poll total of each minute. One point per
 * poll was 360 points a group at a 5 s interval — 180,000 for 500 groups, most of a ~1 MB list
 * response — for a line 80 pixels wide; the minute's peak keeps every spike visible.
 */
function sparkTotals(db: Db, clusterId: string, from: Date) {
  return db.$queryRaw<{ group_id: string; at: Date; lag: bigint }[]>`
    SELECT group_id, date_trunc('minute', at) AS at, max(lag)::bigint AS lag FROM (
      SELECT group_id, at, sum(lag) AS lag FROM lag_sample
      WHERE cluster_id = ${clusterId} AND at >= ${from}
      GROUP BY group_id, at
    ) per_poll
    GROUP BY group_id, date_trunc('minute', at) ORDER BY 2`;
}

/** Total lag per poll of one group since `from`. */
function totals(db: Db, clusterId: string, from: Date, groupId: string) {
  return db.$queryRaw<{ at: Date; lag: bigint }[]>`
    SELECT at, sum(lag)::bigint AS lag FROM lag_sample
    WHERE cluster_id = ${clusterId} AND at >= ${from} AND group_id = ${groupId}
    GROUP BY at ORDER BY at`;
}

export async function listGroups(db: Db, clusterId: string, now = Date.now()): Promise<GroupRow[]> {
  const [groups, spark] = await Promise.all([db.consumerGroup.findMany({ where: { clusterId }, orderBy: { groupId: 'asc' } }), sparkTotals(db, clusterId, new Date(now - SPARK_MS))]);
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
