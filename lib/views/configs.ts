import { notFound } from '@/lib/model/errors';
import type { StoredConfigEntry } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';
import { lastPhaseProblem } from './read-problems';

/** Every config of a topic or broker, as kafka-configs --describe --all lists them, with the findings they raise. */
export interface ConfigView {
  entries: (StoredConfigEntry & { findings: string[] })[];
  /** When they were read; null = not read yet (they are read every few minutes). */
  readAt: string | null;
  /** Why the last read of configs failed (e.g. "not authorized to describe configs of topics …"); null when it worked. */
  readProblem: string | null;
}

/** Configs that findings are about, so a page can link a risky value to its finding. */
const RISKY: Record<string, string[]> = {
  'min.insync.replicas': ['min-isr-above-rf', 'min-isr-equals-rf', 'min-isr-one', 'broker-min-isr-one', 'internal-topic-weak'],
  'unclean.leader.election.enable': ['unclean-election', 'broker-unclean-election'],
  'retention.ms': ['retention-risk', 'retention-skipped'],
  'auto.create.topics.enable': ['auto-create-rf1', 'auto-create-one-partition'],
  'default.replication.factor': ['auto-create-rf1'],
  'num.partitions': ['auto-create-one-partition'],
  'broker.rack': ['racks-partial', 'no-racks'],
};

async function withFindings(db: Db, clusterId: string, entries: StoredConfigEntry[], where: { topic?: string; brokerId?: number }) {
  const findings = await db.finding.findMany({ where: { clusterId, OR: [where, { subjectKind: 'cluster' }] }, select: { id: true, rule: true } });
  return entries.map((e) => ({ ...e, findings: findings.filter((f) => RISKY[e.name]?.includes(f.rule)).map((f) => f.id) }));
}

export async function topicConfigs(db: Db, clusterId: string, topic: string): Promise<ConfigView> {
  const [t, row, problem] = await Promise.all([
    db.topic.findUnique({ where: { clusterId_name: { clusterId, name: topic } }, select: { name: true } }),
    db.topicConfig.findUnique({ where: { clusterId_topic: { clusterId, topic } } }),
    lastPhaseProblem(db, clusterId, 'configs'),
  ]);
  if (!t) throw notFound(`topic "${topic}"`);
  // A note naming other topics only is not about this one (a long list is cut short: then it may be).
  const names = /of topics (.*?) \(/.exec(problem ?? '')?.[1];
  const readProblem = problem && (!names || / and \d+ more$/.test(names) || names.split(', ').includes(topic)) ? problem : null;
  if (!row) return { entries: [], readAt: null, readProblem };
  return { entries: await withFindings(db, clusterId, row.entries as unknown as StoredConfigEntry[], { topic }), readAt: row.readAt.toISOString(), readProblem };
}

export async function brokerConfigs(db: Db, clusterId: string, brokerId: number): Promise<ConfigView> {
  const [b, row, readProblem] = await Promise.all([
    db.broker.findUnique({ where: { clusterId_brokerId: { clusterId, brokerId } }, select: { brokerId: true } }),
    db.brokerConfig.findUnique({ where: { clusterId_brokerId: { clusterId, brokerId } } }),
    lastPhaseProblem(db, clusterId, 'brokerconfigs'),
  ]);
  if (!b) throw notFound(`broker ${brokerId}`);
  if (!row) return { entries: [], readAt: null, readProblem };
  return { entries: await withFindings(db, clusterId, row.entries as unknown as StoredConfigEntry[], { brokerId }), readAt: row.readAt.toISOString(), readProblem };
}
