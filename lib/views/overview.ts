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
  const [cluster, row, brokerList, sums, groups] = await Promise.all([
    clusterSummary(db, cfg),
    db.cluster.findUnique({ where: { id: cfg.id }, select: { controllerId: true } }),
    listBrokers(db, cfg.id),
    db.topic.aggregate({
      where: { clusterId: cfg.id },
      _count: { _all: true },
      _sum: { partitionCount: true, underReplicatedPartitions: true, underMinIsrPartitions: true, offlinePartitions: true },
    }),
    db.consumerGroup.count({ where: { clusterId: cfg.id } }),
  ]);
  const up = brokerList.filter((b) => b.up).length;
  return {
    cluster,
    controllerId: row?.controllerId ?? null,
    brokers: { total: brokerList.length, up, down: brokerList.length - up },
    brokerList,
    topics: sums._count._all,
    partitions: sums._sum.partitionCount ?? 0,
    underReplicated: sums._sum.underReplicatedPartitions ?? 0,
    underMinIsr: sums._sum.underMinIsrPartitions ?? 0,
    offline: sums._sum.offlinePartitions ?? 0,
    groups,
  };
}
