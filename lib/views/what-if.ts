import { whatIf, type WhatIfResult } from '@/lib/analysis/what-if';
import { notFound } from '@/lib/model/errors';
import { minIsrOf, type StoredElr } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';

export interface WhatIfView extends WhatIfResult {
  /** What failed: broker ids, or a rack with its brokers. */
  scenario: { brokers: number[] } | { rack: string; brokers: number[] };
  /** Partitions in the cluster, for scale. */
  partitions: number;
}

/** What failing brokers (or a whole rack) would do now, from the stored current state. */
export async function whatIfView(db: Db, clusterId: string, failing: { brokers: number[] } | { rack: string }): Promise<WhatIfView> {
  const [brokers, parts, topics, groupTopics] = await Promise.all([
    db.broker.findMany({ where: { clusterId }, select: { brokerId: true, rack: true, up: true } }),
    db.partitionState.findMany({ where: { clusterId }, select: { topic: true, partition: true, leader: true, replicas: true, isr: true, elr: true } }),
    db.topic.findMany({ where: { clusterId }, select: { name: true, configs: true } }),
    db.consumerGroupTopic.findMany({ where: { clusterId }, select: { groupId: true, topic: true } }),
  ]);
  let ids: number[];
  if ('rack' in failing) {
    ids = brokers.filter((b) => b.rack === failing.rack).map((b) => b.brokerId);
    if (ids.length === 0) throw notFound(`rack "${failing.rack}"`);
  } else {
    for (const id of failing.brokers) if (!brokers.some((b) => b.brokerId === id)) throw notFound(`broker ${id}`);
    ids = failing.brokers;
  }
  const gt = new Map<string, string[]>();
  for (const r of groupTopics) gt.set(r.groupId, [...(gt.get(r.groupId) ?? []), r.topic]);
  const result = whatIf(
    {
      partitions: parts.map((p) => ({ ...p, elr: (p.elr as StoredElr | null)?.elr ?? null })),
      minIsr: new Map(topics.map((t) => [t.name, minIsrOf(t.configs)])),
      groupTopics: gt,
      down: new Set(brokers.filter((b) => !b.up).map((b) => b.brokerId)),
    },
    ids,
  );
  return { ...result, scenario: 'rack' in failing ? { rack: failing.rack, brokers: ids } : { brokers: ids }, partitions: parts.length };
}
