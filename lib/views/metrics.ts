import { alertSettingsOf } from '@/lib/config/alerting';
import type { ClusterConfig } from '@/lib/config/types';
import { ALERT_RULE_IDS, ALERT_RULES } from '@/lib/model/alerts';
import { FINDING_SEVERITIES } from '@/lib/model/findings';
import { lagStatusRank } from '@/lib/model/lag';
import type { StoredPartitionLag } from '@/lib/model/stored';
import type { Db } from '@/lib/store/client';

/** One Prometheus metric family with its samples (lib/api/prometheus.ts writes the text format). */
export type Labels = Record<string, string | number>;

export interface Metric {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples: { labels: Labels; value: number }[];
}

const gauge = (name: string, help: string): Metric => ({ name, help, type: 'gauge', samples: [] });

export interface MetricsOptions {
  /**
   * Lag per group, topic and partition: one series per committed partition, 10,000 and more on a
   * large cluster (a 2.6 MB scrape). Off by default, so the label set is bounded by clusters,
   * brokers and groups; on with `?partition_lag=true` or KAFKASCOPE_METRICS_PARTITION_LAG=true.
   */
  partitionLag: boolean;
}

/** Everything /metrics exposes, read from the current-state tables (no Kafka calls). */
export async function collectMetrics(db: Db, clusters: ClusterConfig[], opts: MetricsOptions = { partitionLag: false }, now = Date.now()): Promise<Metric[]> {
  const m = {
    up: gauge('kafkascope_cluster_reachable', 'Whether the last poll could read cluster metadata (1) or not (0).'),
    pollOk: gauge('kafkascope_poll_success', 'Whether the last poll succeeded completely (1), partially (0.5) or failed (0).'),
    pollDur: gauge('kafkascope_poll_duration_seconds', 'Duration of the last poll.'),
    pollAge: gauge('kafkascope_poll_age_seconds', 'Seconds since the last poll started (staleness of every other figure).'),
    brokerUp: gauge('kafkascope_broker_up', 'Whether the broker is registered and unfenced (1) or down (0).'),
    brokersUp: gauge('kafkascope_brokers_up', 'Number of brokers up.'),
    controller: gauge('kafkascope_controller_id', 'Id of the active KRaft controller.'),
    urp: gauge('kafkascope_partitions_under_replicated', 'Partitions whose ISR is smaller than their replica set.'),
    umi: gauge('kafkascope_partitions_under_min_isr', 'Partitions without a leader or with ISR below min.insync.replicas.'),
    offline: gauge('kafkascope_partitions_offline', 'Partitions without a live leader.'),
    lag: gauge('kafkascope_consumergroup_lag', 'Consumer group lag in messages (sum over partitions with a commit).'),
    lagSec: gauge('kafkascope_consumergroup_lag_seconds', 'Consumer group lag in seconds (worst partition).'),
    status: gauge('kafkascope_consumergroup_status', 'Consumer group lag status: 0=OK 1=WARN 2=REWIND 3=ERR 4=STALL 5=STOP.'),
    pLag: gauge('kafkascope_consumergroup_partition_lag', 'Lag in messages per group, topic and partition.'),
    pLagSec: gauge('kafkascope_consumergroup_partition_lag_seconds', 'Lag in seconds per group, topic and partition: age of the record at the committed offset, or estimated from end-offset history where it could not be read.'),
    findings: gauge('kafkascope_findings', 'Current findings (risks at the next failure) by severity.'),
    alerts: gauge('kafkascope_alerts_firing', 'Alerts firing now, by rule and severity.'),
    notes: gauge('kafkascope_alert_notifications', 'Alert notifications not delivered: pending (being retried) or failed (given up), by receiver.'),
  };
  for (const cfg of clusters) {
    const cluster = cfg.id;
    const [row, poll, brokers, counts, groups, findings, alerts, notes] = await Promise.all([
      db.cluster.findUnique({ where: { id: cluster } }),
      db.pollRun.findFirst({ where: { clusterId: cluster }, orderBy: { startedAt: 'desc' } }),
      db.broker.findMany({ where: { clusterId: cluster } }),
      // The collector keeps these per topic (lib/analysis/counts.ts), as the overview reads them.
      db.topic.aggregate({
        where: { clusterId: cluster },
        _sum: { underReplicatedPartitions: true, underMinIsrPartitions: true, offlinePartitions: true },
      }),
      // The per-partition JSON is the bulk of a group's row: read it only when it is exported.
      db.consumerGroup.findMany({ where: { clusterId: cluster }, select: { groupId: true, totalLag: true, maxLagSeconds: true, status: true, partitions: opts.partitionLag } }),
      db.finding.groupBy({ by: ['severity'], where: { clusterId: cluster }, _count: { _all: true } }),
      db.alert.groupBy({ by: ['rule', 'severity'], where: { clusterId: cluster, state: 'firing' }, _count: { _all: true } }),
      db.alertDelivery.groupBy({ by: ['receiver', 'status'], where: { clusterId: cluster, status: { in: ['pending', 'failed'] } }, _count: { _all: true } }),
    ]);
    if (!row || !poll) continue; // never polled: exporting zeros would be a lie
    const c = { cluster };
    m.up.samples.push({ labels: c, value: row.reachable === false ? 0 : 1 });
    m.pollOk.samples.push({ labels: c, value: poll.status === 'ok' ? 1 : poll.status === 'partial' ? 0.5 : 0 });
    m.pollDur.samples.push({ labels: c, value: poll.durationMs / 1000 });
    m.pollAge.samples.push({ labels: c, value: Math.max(0, (now - poll.startedAt.getTime()) / 1000) });
    // Alerts hold while the cluster is unreachable (they are what says it is): exported either way.
    for (const rule of ALERT_RULE_IDS) {
      const severity = ALERT_RULES[rule].severity;
      m.alerts.samples.push({ labels: { ...c, rule, severity }, value: alerts.find((a) => a.rule === rule)?._count._all ?? 0 });
    }
    for (const r of alertSettingsOf(cfg).receivers) {
      for (const status of ['pending', 'failed'] as const) m.notes.samples.push({ labels: { ...c, receiver: r.name, status }, value: notes.find((n) => n.receiver === r.name && n.status === status)?._count._all ?? 0 });
    }
    if (row.reachable === false) continue; // the rest would be last-known state, not current
    for (const b of brokers) m.brokerUp.samples.push({ labels: { ...c, broker: b.brokerId }, value: b.up ? 1 : 0 });
    m.brokersUp.samples.push({ labels: c, value: brokers.filter((b) => b.up).length });
    if (row.controllerId !== null) m.controller.samples.push({ labels: c, value: row.controllerId });
    m.urp.samples.push({ labels: c, value: counts._sum.underReplicatedPartitions ?? 0 });
    m.umi.samples.push({ labels: c, value: counts._sum.underMinIsrPartitions ?? 0 });
    m.offline.samples.push({ labels: c, value: counts._sum.offlinePartitions ?? 0 });
    if (row.firstReachedAt) for (const severity of FINDING_SEVERITIES) m.findings.samples.push({ labels: { ...c, severity }, value: findings.find((f) => f.severity === severity)?._count._all ?? 0 });
    for (const g of groups) {
      const gl = { ...c, group: g.groupId };
      if (g.totalLag !== null) m.lag.samples.push({ labels: gl, value: Number(g.totalLag) });
      if (g.maxLagSeconds !== null) m.lagSec.samples.push({ labels: gl, value: g.maxLagSeconds });
      if (g.status) m.status.samples.push({ labels: gl, value: lagStatusRank(g.status) });
      if (!opts.partitionLag) continue;
      for (const p of (g.partitions as StoredPartitionLag[] | null) ?? []) {
        const pl = { ...gl, topic: p.topic, partition: p.partition };
        if (p.lag !== null) m.pLag.samples.push({ labels: pl, value: Number(p.lag) });
        if (p.lagSeconds !== null) m.pLagSec.samples.push({ labels: pl, value: p.lagSeconds });
      }
    }
  }
  return Object.values(m);
}
