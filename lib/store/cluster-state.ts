import type { BrokerState, ClusterState, GroupState, TopicState } from '@/lib/analysis/types';
import { minIsrOf } from '@/lib/model/stored';
import type { Db } from './client';

/**
 * Rebuilds the last observed state of a cluster from the current-state tables, so the first poll
 * after a restart is compared with what was stored (no false TOPIC_CREATED, no lost BROKER_UP).
 */
export async function loadClusterState(db: Db, clusterId: string): Promise<ClusterState | null> {
  const cluster = await db.cluster.findUnique({ where: { id: clusterId } });
  if (!cluster || cluster.lastPollAt === null) return null;
  const [brokers, topics, partitions, groups] = await Promise.all([
    db.broker.findMany({ where: { clusterId }, orderBy: { brokerId: 'asc' } }),
    db.topic.findMany({ where: { clusterId } }),
    db.partitionState.findMany({ where: { clusterId }, orderBy: [{ topic: 'asc' }, { partition: 'asc' }] }),
    db.consumerGroup.findMany({ where: { clusterId } }),
  ]);
  const byTopic = new Map<string, TopicState>();
  for (const t of topics) {
    byTopic.set(t.name, { name: t.name, internal: t.internal, minIsr: minIsrOf(t.configs), partitions: [] });
  }
  for (const p of partitions) {
    byTopic.get(p.topic)?.partitions.push({
      topic: p.topic,
      partition: p.partition,
      leader: p.leader,
      replicas: p.replicas,
      isr: p.isr,
      offlineReplicas: p.offlineReplicas,
    });
  }
  const brokerStates: BrokerState[] = brokers.map((b) => ({
    id: b.brokerId,
    host: b.host,
    port: b.port,
    rack: b.rack,
    up: b.up,
  }));
  const groupStates: GroupState[] = groups.map((g) => ({ groupId: g.groupId, state: g.state }));
  return {
    reachable: cluster.reachable ?? true,
    controllerId: cluster.controllerId,
    brokers: brokerStates,
    topics: [...byTopic.values()],
    groups: groups.length > 0 ? groupStates : null,
  };
}
