import type { ClusterConfig } from '@/lib/config/types';
import type { Db } from '@/lib/store/client';
import { listBrokers, type BrokerRow } from './brokers';
import { clusterSummary, type ClusterSummary } from './clusters';
import type { FindingSeverity } from '@/lib/model/findings';
import { listFindings } from './findings';
import { currentProblems, type Problems } from './problems';

/**
 * The cluster at a glance. Every figure is null until the cluster has been reached once (then
 * nothing about it is known, and 0 would be a lie); `noDataReason` then says why.
 */
export interface Overview {
  cluster: ClusterSummary;
  noDataReason: string | null;
  controllerId: number | null;
  brokers: { total: number; up: number; down: number } | null;
  brokerList: BrokerRow[];
  topics: number | null;
  partitions: number | null;
  underReplicated: number | null;
  underMinIsr: number | null;
  offline: number | null;
  /** null until consumer groups have been read once. */
  groups: number | null;
  /** What is broken right now, by name; null when nothing is known yet. */
  problems: Problems | null;
  /** Findings (risks at the next failure) by severity; null until evaluated. */
  findings: Record<FindingSeverity, number> | null;
  /** Alerts firing now (they hold while the cluster cannot be read, so known before the first poll too). */
  alertsFiring: number;
}

export async function overview(db: Db, cfg: ClusterConfig): Promise<Overview> {
  const [cluster, row] = await Promise.all([clusterSummary(db, cfg), db.cluster.findUnique({ where: { id: cfg.id } })]);
  if (!row?.firstReachedAt) {
    const reason = cluster.lastPoll
      ? `the cluster has not answered yet${cluster.lastPoll.error ? `: ${cluster.lastPoll.error}` : ''}`
      : 'waiting for the first poll';
    return { cluster, noDataReason: reason, controllerId: null, brokers: null, brokerList: [], topics: null, partitions: null, underReplicated: null, underMinIsr: null, offline: null, groups: null, problems: null, findings: null, alertsFiring: await db.alert.count({ where: { clusterId: cfg.id, state: 'firing' } }) };
  }
  const [brokerList, sums, groups, findings, alertsFiring] = await Promise.all([
    listBrokers(db, cfg.id),
    db.topic.aggregate({
      where: { clusterId: cfg.id },
      _count: { _all: true },
      _sum: { partitionCount: true, underReplicatedPartitions: true, underMinIsrPartitions: true, offlinePartitions: true },
    }),
    row.groupsReadAt ? db.consumerGroup.count({ where: { clusterId: cfg.id } }) : Promise.resolve(null),
    listFindings(db, cfg.id, { severity: 'critical' }),
    db.alert.count({ where: { clusterId: cfg.id, state: 'firing' } }),
  ]);
  const offline = sums._sum.offlinePartitions ?? 0;
  const underMinIsr = sums._sum.underMinIsrPartitions ?? 0;
  const up = brokerList.filter((b) => b.up).length;
  return {
    cluster,
    noDataReason: null,
    controllerId: row.controllerId,
    brokers: { total: brokerList.length, up, down: brokerList.length - up },
    brokerList,
    topics: sums._count._all,
    partitions: sums._sum.partitionCount ?? 0,
    underReplicated: sums._sum.underReplicatedPartitions ?? 0,
    underMinIsr,
    offline,
    groups,
    problems: await currentProblems(db, cfg.id, { offline, underMinIsr }),
    findings: findings.evaluatedAt === null ? null : findings.counts,
    alertsFiring,
  };
}
