// The current findings of a cluster: upserted each evaluation, the ones that no longer hold
// removed (their FINDING_CLEARED event keeps the history).
import type { Finding } from '@/lib/model/findings';
import type { Tx } from './record-poll';

function columns(f: Finding) {
  const s = f.subject;
  return {
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    kind: s.kind,
    subject: s,
    topic: s.kind === 'topic' || s.kind === 'partition' ? s.topic : null,
    broker: s.kind === 'broker' ? s.brokerId : null,
    grp: s.kind === 'group' ? s.groupId : null,
    title: f.title,
    impact: f.impact,
    fix: f.fix,
    facts: f.facts,
  };
}

export async function writeFindings(tx: Tx, clusterId: string, findings: Finding[], at: Date): Promise<void> {
  await tx.finding.deleteMany({ where: { clusterId, id: { notIn: findings.map((f) => f.id) } } });
  if (findings.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO finding (cluster_id, id, rule, severity, subject_kind, subject, topic, broker_id, group_id, title, impact, fix, facts, first_seen_at, updated_at)
    SELECT ${clusterId}, x.id, x.rule, x.severity, x.kind, x.subject, x.topic, x.broker, x.grp, x.title, x.impact, x.fix, x.facts, ${at}, ${at}
    FROM jsonb_to_recordset(${JSON.stringify(findings.map(columns))}::jsonb)
      AS x(id text, rule text, severity text, kind text, subject jsonb, topic text, broker int, grp text, title text, impact text, fix jsonb, facts jsonb)
    ON CONFLICT (cluster_id, id) DO UPDATE SET
      severity = EXCLUDED.severity, subject = EXCLUDED.subject, title = EXCLUDED.title, impact = EXCLUDED.impact,
      fix = EXCLUDED.fix, facts = EXCLUDED.facts, updated_at = EXCLUDED.updated_at`;
}
