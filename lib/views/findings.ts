import { FINDING_SEVERITIES, type Finding, type FindingRule, type FindingSeverity, type FindingSubject, type FindingSubjectKind, type Fix } from '@/lib/model/findings';
import { DEFAULT_FINDING_PAGE_SIZE } from '@/lib/model/paging';
import { Prisma, type Db } from '@/lib/store/client';

export interface FindingRow extends Finding {
  firstSeenAt: string;
  updatedAt: string;
}

export interface FindingQuery {
  severity?: FindingSeverity;
  rule?: FindingRule;
  kind?: FindingSubjectKind;
  topic?: string;
  broker?: number;
  group?: string;
  page?: number;
  /** Default 100. */
  pageSize?: number;
}

export interface FindingList {
  /** One page of the matching findings, most severe first, then by title. */
  findings: FindingRow[];
  /** How many findings match the filters (all pages). */
  matched: number;
  page: number;
  pageSize: number;
  /** Of all the cluster's findings, not only the filtered ones. */
  counts: Record<FindingSeverity, number>;
  byRule: { rule: string; count: number }[];
  /** null until the cluster has been evaluated once. */
  evaluatedAt: string | null;
}

type StoredRow = Awaited<ReturnType<Db['finding']['findMany']>>[number];

const row = (f: StoredRow): FindingRow => ({
  id: f.id,
  rule: f.rule as FindingRule,
  severity: f.severity as FindingSeverity,
  subject: f.subject as unknown as FindingSubject,
  title: f.title,
  impact: f.impact,
  fix: f.fix as unknown as Fix,
  facts: f.facts as Finding['facts'],
  firstSeenAt: f.firstSeenAt.toISOString(),
  updatedAt: f.updatedAt.toISOString(),
});

/**
 * One page of findings, ordered and paged in the database: at 10,000 partitions a cluster can have
 * thousands (a megabyte of JSON), and the overview asks for its five worst every 15 seconds.
 */
export async function listFindings(db: Db, clusterId: string, q: FindingQuery = {}): Promise<FindingList> {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? DEFAULT_FINDING_PAGE_SIZE;
  const where = Prisma.sql`cluster_id = ${clusterId}
    ${q.severity ? Prisma.sql`AND severity = ${q.severity}` : Prisma.empty}
    ${q.rule ? Prisma.sql`AND rule = ${q.rule}` : Prisma.empty}
    ${q.kind ? Prisma.sql`AND subject_kind = ${q.kind}` : Prisma.empty}
    ${q.topic !== undefined ? Prisma.sql`AND topic = ${q.topic}` : Prisma.empty}
    ${q.broker !== undefined ? Prisma.sql`AND broker_id = ${q.broker}` : Prisma.empty}
    ${q.group !== undefined ? Prisma.sql`AND group_id = ${q.group}` : Prisma.empty}`;
  const [ids, [matched], all, cluster] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT id FROM finding WHERE ${where}
      ORDER BY array_position(${[...FINDING_SEVERITIES]}::text[], severity), title, id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM finding WHERE ${where}`,
    db.finding.groupBy({ by: ['severity', 'rule'], where: { clusterId }, _count: { _all: true } }),
    db.cluster.findUnique({ where: { id: clusterId }, select: { lastPollAt: true, firstReachedAt: true } }),
  ]);
  const rows = ids.length ? await db.finding.findMany({ where: { clusterId, id: { in: ids.map((r) => r.id) } } }) : [];
  const position = new Map(ids.map((r, i) => [r.id, i]));
  const counts = Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, 0])) as Record<FindingSeverity, number>;
  const byRule = new Map<string, number>();
  for (const g of all) {
    if (g.severity in counts) counts[g.severity as FindingSeverity] += g._count._all;
    byRule.set(g.rule, (byRule.get(g.rule) ?? 0) + g._count._all);
  }
  return {
    findings: rows.map(row).sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)),
    matched: Number(matched?.n ?? 0),
    page,
    pageSize,
    counts,
    byRule: [...byRule].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    evaluatedAt: cluster?.firstReachedAt ? (cluster.lastPollAt?.toISOString() ?? null) : null,
  };
}
