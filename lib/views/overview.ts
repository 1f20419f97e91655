import { partitionFlags } from '@/lib/analysis/partition-flags';
import { minIsrFromConfigs } from '@/lib/analysis/topic-configs';
import type { ClusterConfig } from '@/lib/config/types';
import type { Db } from '@/lib/store/client';
import { listBrokers, type BrokerRow } from './brokers';
import { clusterSummary, type ClusterSummary } from './clusters';

export interface Overview {
  cluster: ClusterSummary;
  controllerId: number | null;
  brokers: { total: number; up: number; down: number };
  brokerList: BrokerRow[];
  topics: number;
  partitions: number;
  underReplicated: number;
  underMinIsr: number;
  offline: number;
  groups: number;
}

export async function overview(db: Db, cfg: ClusterConfig): Promise<Overview> {
  const [cluster, row, brokerList, topics, partitions, groups] = await Promise.all([
    clusterSummary(db, cfg),
    db.cluster.findUnique({ where: { id: cfg.id }, select: { controllerId: true } }),
    listBrokers(db, cfg.id),
    db.topic.findMany({ where: { clusterId: cfg.id }, select: { name: true, configs: true } }),
    db.partitionState.findMany({
      where: { clusterId: cfg.id },
      select: { topic: true, partition: true, leader: true, replicas: true, isr: true, offlineReplicas: true },
    }),
    db.consumerGroup.count({ where: { clusterId: cfg.id } }),
  ]);
  const minIsr = new Map(topics.map((t) => [t.name, minIsrFromConfigs(t.configs)]));
  const live = new Set(brokerList.filter((b) => b.up).map((b) => b.id));
  let underReplicated = 0;
  let underMinIsr = 0;
  let offline = 0;
  for (const p of partitions) {
    const f = partitionFlags(p, minIsr.get(p.topic) ?? null, live);
    if (f.underReplicated) underReplicated++;
    if (f.underMinIsr) underMinIsr++;
    if (f.offline) offline++;
  }
  const up = brokerList.filter((b) => b.up).length;
  return {
    cluster,
    controllerId: row?.controllerId ?? null,
    brokers: { total: brokerList.length, up, down: brokerList.length - up },
    brokerList,
    topics: topics.length,
    partitions: partitions.length,
    underReplicated,
    underMinIsr,
    offline,
    groups,
  };
}
