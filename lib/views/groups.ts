import { catchUp, type CatchUp } from '@/lib/analysis/lag/catch-up';
import { notFound } from '@/lib/model/errors';
import { GROUP_SORT_DEFAULT_ORDER, type GroupSort } from '@/lib/model/groups';
import { DEFAULT_PAGE_SIZE } from '@/lib/model/paging';
import { asLagEstimate, LAG_STATUSES, type LagEstimate, type LagStatus } from '@/lib/model/lag';
import type { SortOrder } from '@/lib/model/topics';
import type { GroupMember, StoredPartitionLag } from '@/lib/model/stored';
import { Prisma, type Db } from '@/lib/store/client';

export interface GroupRow {
  groupId: string;
  state: string;
  protocol: string | null;
  members: number;
  topics: string[];
  /** null when no partition has both a commit and a known end offset. */
  totalLag: string | null;
  maxLagSeconds: number | null;
  /** How maxLagSeconds was obtained: 'lower-bound' reads "at least" (lib/model/lag.ts). */
  maxLagSecondsEstimate: LagEstimate | null;
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

/** The columns a list row and the detail share. */
function summary(g: Omit<Stored, 'members' | 'partitions'>) {
  return {
    groupId: g.groupId,
    state: g.state,
    protocol: g.protocol,
    totalLag: g.totalLag?.toString() ?? null,
    maxLagSeconds: g.maxLagSeconds,
    maxLagSecondsEstimate: asLagEstimate(g.maxLagSecondsEstimate),
    status: g.status,
    statusReason: g.statusReason,
    statusSince: g.statusSince?.toISOString() ?? null,
    updatedAt: g.updatedAt.toISOString(),
    lagAt: g.lagAt?.toISOString() ?? null,
  };
}

/**
 * Sparkline points for the listed groups: the highest per-poll total of each minute. One point per
 * poll was 360 points a group at a 5 s interval for a line 80 pixels wide; the minute's peak keeps
 * every spike visible. Only the page's groups are read (index on cluster, group, time).
 */
function sparkTotals(db: Db, clusterId: string, from: Date, groupIds: string[]) {
  return db.$queryRaw<{ group_id: string; at: Date; lag: bigint }[]>`
    SELECT group_id, date_trunc('minute', at) AS at, max(lag)::bigint AS lag FROM (
      SELECT group_id, at, sum(lag) AS lag FROM lag_sample
      WHERE cluster_id = ${clusterId} AND group_id = ANY(${groupIds}::text[]) AND at >= ${from}
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

export interface GroupQuery {
  /** Part of the group id, any case. */
  q?: string;
  status?: LagStatus;
  /** Only groups with messages or seconds of lag. */
  behind?: boolean;
  page?: number;
  pageSize?: number;
  /** Default: status, worst first. */
  sort?: { key: GroupSort; order: SortOrder };
}

export interface GroupPage {
  /** Groups matching the search (any status). */
  total: number;
  /** Of those, how many have each status (`pending`: not evaluated yet); the status filter's counts. */
  counts: Record<string, number>;
  /** Groups matching the search and the other filters: what the pages page through. */
  matched: number;
  page: number;
  pageSize: number;
  groups: GroupRow[];
}

type ListRow = Omit<Stored, 'members' | 'partitions'> & { member_count: number };

const RANK = Prisma.sql`array_position(${[...LAG_STATUSES]}::text[], status)`;

/**
 * ORDER BY for a sort key; ties go worst first (status, then seconds, then messages), then by id.
 * Groups not evaluated yet (no status, no lag) go last in either direction, as unread figures do
 * in the topic list.
 */
function groupOrder({ key, order }: { key: GroupSort; order: SortOrder }): Prisma.Sql {
  const dir = Prisma.raw(order === 'desc' ? 'DESC' : 'ASC');
  const first = { status: RANK, lag: Prisma.sql`total_lag`, seconds: Prisma.sql`max_lag_seconds`, name: Prisma.sql`group_id` }[key];
  return Prisma.sql`${first} ${dir} NULLS LAST, ${RANK} DESC NULLS LAST, max_lag_seconds DESC NULLS LAST, total_lag DESC NULLS LAST, group_id ASC`;
}

/**
 * One page of the group list, sorted and filtered in SQL. The per-partition detail (a JSON
 * document per group, 40 entries for a group on 4 topics × 10 partitions) is never read here:
 * with 500 groups that alone made the list take seconds.
 */
export async function listGroups(db: Db, clusterId: string, query: GroupQuery = {}, now = Date.now()): Promise<GroupPage> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const sort = query.sort ?? { key: 'status', order: GROUP_SORT_DEFAULT_ORDER.status };
  const search = query.q ? Prisma.sql`AND strpos(lower(group_id), ${query.q.toLowerCase()}) > 0` : Prisma.empty;
  const filters = Prisma.sql`${search}
    ${query.status ? Prisma.sql`AND status = ${query.status}` : Prisma.empty}
    ${query.behind ? Prisma.sql`AND (total_lag > 0 OR max_lag_seconds > 0)` : Prisma.empty}`;
  const [countRows, [matched], rows] = await Promise.all([
    db.$queryRaw<{ status: string | null; n: bigint }[]>`
      SELECT status, count(*) AS n FROM consumer_group WHERE cluster_id = ${clusterId} ${search} GROUP BY status`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM consumer_group WHERE cluster_id = ${clusterId} ${filters}`,
    db.$queryRaw<ListRow[]>`
      SELECT cluster_id AS "clusterId", group_id AS "groupId", state, protocol, updated_at AS "updatedAt",
             total_lag AS "totalLag", max_lag_seconds AS "maxLagSeconds", max_lag_seconds_estimate AS "maxLagSecondsEstimate", status, status_reason AS "statusReason",
             status_since AS "statusSince", lag_at AS "lagAt",
             CASE WHEN jsonb_typeof(members) = 'array' THEN jsonb_array_length(members) ELSE 0 END AS member_count
      FROM consumer_group WHERE cluster_id = ${clusterId} ${filters}
      ORDER BY ${groupOrder(sort)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const counts: Record<string, number> = {};
  for (const c of countRows) counts[c.status ?? 'pending'] = Number(c.n);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const ids = rows.map((r) => r.groupId);
  const [spark, topics] = ids.length
    ? await Promise.all([
        sparkTotals(db, clusterId, new Date(now - SPARK_MS), ids),
        db.consumerGroupTopic.findMany({ where: { clusterId, groupId: { in: ids } }, select: { groupId: true, topic: true }, orderBy: { topic: 'asc' } }),
      ])
    : [[], []];
  const sparkOf = groupBy(spark.map((s) => [s.group_id, { at: s.at.toISOString(), lag: Number(s.lag) }] as const));
  const topicsOf = groupBy(topics.map((t) => [t.groupId, t.topic] as const));
  return {
    total,
    counts,
    matched: Number(matched?.n ?? 0),
    page,
    pageSize,
    groups: rows.map((g) => ({
      ...summary(g),
      members: Number(g.member_count),
      topics: topicsOf.get(g.groupId) ?? [],
      spark: sparkOf.get(g.groupId) ?? [],
    })),
  };
}

function groupBy<V>(pairs: readonly (readonly [string, V])[]): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const [k, v] of pairs) {
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

export async function groupDetail(db: Db, clusterId: string, groupId: string, now = Date.now()): Promise<GroupDetail> {
  const g = await db.consumerGroup.findUnique({ where: { clusterId_groupId: { clusterId, groupId } } });
  if (!g) throw notFound(`consumer group "${groupId}"`);
  const recent = await totals(db, clusterId, new Date(now - CATCH_UP_MS), groupId);
  const partitions = (g.partitions as StoredPartitionLag[] | null) ?? [];
  return {
    ...summary(g),
    topics: [...new Set(partitions.map((p) => p.topic))],
    partitions,
    members: g.members as unknown as GroupMember[],
    catchUp: catchUp(recent.map((r) => ({ at: r.at.getTime(), lag: Number(r.lag) }))),
  };
}
