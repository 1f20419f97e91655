import { FINDING_SEVERITIES, SEVERITY_RANK, type Finding, type FindingRule, type FindingSeverity, type FindingSubject, type FindingSubjectKind, type Fix } from '@/lib/model/findings';
import type { Db } from '@/lib/store/client';

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
}

export interface FindingList {
  /** Most severe first. */
  findings: FindingRow[];
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

export async function listFindings(db: Db, clusterId: string, q: FindingQuery = {}): Promise<FindingList> {
  const [rows, all, cluster] = await Promise.all([
    db.finding.findMany({
      where: {
        clusterId,
        ...(q.severity ? { severity: q.severity } : {}),
        ...(q.rule ? { rule: q.rule } : {}),
        ...(q.kind ? { subjectKind: q.kind } : {}),
        ...(q.topic !== undefined ? { topic: q.topic } : {}),
        ...(q.broker !== undefined ? { brokerId: q.broker } : {}),
        ...(q.group !== undefined ? { groupId: q.group } : {}),
      },
    }),
    db.finding.groupBy({ by: ['severity', 'rule'], where: { clusterId }, _count: { _all: true } }),
    db.cluster.findUnique({ where: { id: clusterId }, select: { lastPollAt: true, firstReachedAt: true } }),
  ]);
  const counts = Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, 0])) as Record<FindingSeverity, number>;
  const byRule = new Map<string, number>();
  for (const g of all) {
    if (g.severity in counts) counts[g.severity as FindingSeverity] += g._count._all;
    byRule.set(g.rule, (byRule.get(g.rule) ?? 0) + g._count._all);
  }
  return {
    findings: rows.map(row).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.title.localeCompare(b.title)),
    counts,
    byRule: [...byRule].map(([rule, count]) => ({ rule, count })).sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    evaluatedAt: cluster?.firstReachedAt ? (cluster.lastPollAt?.toISOString() ?? null) : null,
  };
}
