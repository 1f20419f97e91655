'use client';

import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import { OVERVIEW_RF1 } from '@/lib/client/list-queries';
import { useOverview, useTopics } from '@/lib/client/queries';
import { BrokenNow } from '@/components/parts/overview/BrokenNow';
import { BrokerTable } from '@/components/parts/brokers/BrokerTable';
import { FindingsPanel } from '@/components/parts/overview/FindingsPanel';
import { GroupsPanel, IncidentsPanel } from '@/components/parts/overview/OverviewPanels';
import { RecentEvents } from '@/components/parts/overview/RecentEvents';
import { Stat, StatsSkeleton } from '@/components/parts/overview/Stat';
import { QueryState } from '@/components/parts/QueryState';
import { Card, EmptyState, linkClass } from '@/components/parts/ui';

/** A figure that is unknown until the cluster (or that part of it) has been read: "—", never 0. */
const known = (n: number | null | undefined): number | string => (n === null || n === undefined ? '—' : n);

export function ClusterOverview({ cluster }: { cluster: string }) {
  const q = useOverview(cluster);
  const rf1 = useTopics(cluster, OVERVIEW_RF1);
  return (
    <div className="space-y-4">
      <QueryState query={q} what="the cluster overview" skeleton={<StatsSkeleton />}>
        {(data) => {
          const c = data.cluster;
          const rf1Count = rf1.data?.total;
          const header = (
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <h1 className="text-lg font-semibold">{c.name}</h1>
              <span className="text-xs text-slate-500 dark:text-slate-400">
                Kafka cluster id <code data-testid="kafka-cluster-id">{c.kafkaClusterId ?? 'unknown'}</code>
              </span>
              <span className="text-xs text-slate-500 dark:text-slate-400">bootstrap {c.brokers.join(', ')}</span>
            </div>
          );
          if (data.noDataReason !== null || data.brokers === null) {
            return (
              <>
                {header}
                <Card>
                  <EmptyState title="No data yet">
                    <p data-testid="no-data-reason">Kafkascope has no data about this cluster: {data.noDataReason ?? 'it has not been read yet'}.</p>
                    <p className="mt-1">Figures appear after the first poll that reaches a broker; nothing is shown until then rather than zeros.</p>
                  </EmptyState>
                </Card>
              </>
            );
          }
          return (
            <>
              {header}
              {data.problems && <BrokenNow cluster={cluster} problems={data.problems} />}
              <section className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-8" aria-label="Cluster figures">
                <Stat label="Brokers up" value={`${data.brokers.up}/${data.brokers.total}`} warn={data.brokers.down > 0} href={paths.brokers(cluster)} />
                <Stat label="Topics" value={known(data.topics)} href={paths.topics(cluster)} />
                <Stat label="Partitions" value={known(data.partitions)} href={paths.topics(cluster)} />
                <Stat
                  label="Offline"
                  value={known(data.offline)}
                  warn={(data.offline ?? 0) > 0}
                  href={paths.topics(cluster, { status: 'offline' })}
                  hint="Partitions without a live leader: nobody can read or write them"
                />
                <Stat
                  label="Under min ISR"
                  value={known(data.underMinIsr)}
                  warn={(data.underMinIsr ?? 0) > 0}
                  href={paths.topics(cluster, { status: 'under-min-isr' })}
                  hint="Partitions with fewer in-sync replicas than min.insync.replicas: acks=all writes fail"
                />
                <Stat
                  label="Under-replicated"
                  value={known(data.underReplicated)}
                  risk={(data.underReplicated ?? 0) > 0}
                  href={paths.topics(cluster, { status: 'under-replicated' })}
                  hint="Partitions whose ISR is smaller than their replica list"
                />
                <Stat
                  label="RF=1 topics"
                  value={rf1Count ?? '…'}
                  risk={rf1Count !== undefined && rf1Count > 0}
                  href={paths.topics(cluster, { status: 'rf1' })}
                  hint="Topics with a single replica: losing that broker loses the topic"
                />
                <Stat label="Consumer groups" value={known(data.groups)} href={paths.groups(cluster)} hint={data.groups === null ? 'Consumer groups have not been read yet' : undefined} />
              </section>
              <FindingsPanel cluster={cluster} alertsFiring={data.alertsFiring} />
              <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                <Card
                  title="Brokers"
                  actions={
                    <Link href={paths.brokers(cluster)} className={`${linkClass} text-xs`}>
                      Details →
                    </Link>
                  }
                >
                  <BrokerTable cluster={cluster} brokers={data.brokerList} totalPartitions={data.partitions ?? undefined} compact />
                </Card>
                <RecentEvents cluster={cluster} />
              </div>
              <div className="grid gap-4 xl:grid-cols-2">
                <GroupsPanel cluster={cluster} />
                <IncidentsPanel cluster={cluster} />
              </div>
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
