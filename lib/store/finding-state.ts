// What the findings need from the store after a restart: the findings last stored (so a restart
// raises no FINDING_RAISED for old news), when each topic was first seen and last written, the
// topic configs and one broker's full config.
import type { BrokerConfigValue } from '@/lib/analysis/findings/input';
import { isFindingRule, type Finding, type FindingSeverity, type FindingSubject } from '@/lib/model/findings';
import type { StoredConfigEntry, TopicConfigs } from '@/lib/model/stored';
import type { Db } from './client';

export type FindingHead = Pick<Finding, 'id' | 'rule' | 'severity' | 'title' | 'subject'>;

export interface StoredFindingState {
  /** The findings last stored; null when the cluster was never evaluated. */
  findings: FindingHead[] | null;
  topics: { name: string; firstSeenAt: number; lastWriteAt: number | null; configs: TopicConfigs | null }[];
  brokerConfig: Record<string, BrokerConfigValue> | null;
}

export function brokerConfigValues(entries: StoredConfigEntry[]): Record<string, BrokerConfigValue> {
  return Object.fromEntries(entries.map((e) => [e.name, { value: e.value, source: e.source, readOnly: e.readOnly }]));
}

export async function loadFindingState(db: Db, clusterId: string): Promise<StoredFindingState> {
  const [findings, cluster, topics, broker] = await Promise.all([
    db.finding.findMany({ where: { clusterId }, select: { id: true, rule: true, severity: true, title: true, subject: true } }),
    db.cluster.findUnique({ where: { id: clusterId }, select: { firstReachedAt: true } }),
    db.topic.findMany({ where: { clusterId }, select: { name: true, firstSeenAt: true, lastWriteAt: true, configs: true } }),
    db.brokerConfig.findFirst({ where: { clusterId }, orderBy: { brokerId: 'asc' } }),
  ]);
  return {
    // A cluster polled before has had its findings evaluated (possibly none): not first sight.
    findings:
      findings.length > 0 || cluster?.firstReachedAt
        ? findings.flatMap((f) => (isFindingRule(f.rule) ? [{ id: f.id, rule: f.rule, severity: f.severity as FindingSeverity, title: f.title, subject: f.subject as unknown as FindingSubject }] : []))
        : null,
    topics: topics.map((t) => ({ name: t.name, firstSeenAt: t.firstSeenAt.getTime(), lastWriteAt: t.lastWriteAt?.getTime() ?? null, configs: (t.configs as TopicConfigs | null) ?? null })),
    brokerConfig: broker ? brokerConfigValues(broker.entries as unknown as StoredConfigEntry[]) : null,
  };
}

