'use client';

import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import { useOverview, useRecentEventGroups, useTopics } from '@/lib/client/queries';
import { BrokenNow } from './BrokenNow';
import { BrokerTable } from './BrokerTable';
import { EventGroupList } from './EventList';
import { GroupsPanel, IncidentsPanel } from './OverviewPanels';
import { QueryState } from './QueryState';
import { Card, EmptyState, linkClass, Skeleton } from './ui';

function Stat({ label, value, warn, risk, href, hint }: { label: string; value: number | string; warn?: boolean; risk?: boolean; href?: string; hint?: string }) {
  const body = (
    <>
      <div className="text-xs text-slate-500 dark:text-slate-400">{label}</div>
      <div className={`text-2xl font-semibold tabular-nums ${warn ? 'text-red-700 dark:text-red-400' : risk ? 'text-amber-700 dark:text-amber-300' : ''}`} data-stat={label}>
        {value}
      </div>
    </>
  );
  const base = `block rounded-lg border px-3 py-2 ${
    warn
      ? 'border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950/40'
      : risk
        ? 'border-amber-300 bg-amber-50 dark:border-amber-900 dark:bg-amber-950/30'
        : 'border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'
  }`;
  if (!href) return <div className={base}>{body}</div>;
  return (
    <Link href={href} title={hint} className={`${base} hover:border-sky-400 dark:hover:border-sky-600`}>
      {body}
    </Link>
  );
}

function StatsSkeleton() {
  return (
    <div role="status" aria-label="Loading cluster figures" className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-8">
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="rounded-lg border border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-900">
          <Skeleton className="h-3 w-16" />
          <Skeleton className="mt-2 h-6 w-10" />
        </div>
      ))}
    </div>
  );
}

function RecentEvents({ cluster }: { cluster: string }) {
  const q = useRecentEventGroups(cluster, 60);
  return (
    <Card
      title="Latest events"
      actions={
        <Link href={paths.events(cluster)} className={`${linkClass} text-xs`}>
          All events →
        </Link>
      }
    >
      <QueryState query={q} what="events">
        {(d) =>
          d.groups.length === 0 ? (
            <EmptyState title="No events yet">Changes (a broker going down, an ISR shrinking, a new topic) will be listed here as they happen.</EmptyState>
          ) : (
            <EventGroupList cluster={cluster} groups={d.groups.slice(0, 10)} compact />
          )
        }
      </QueryState>
    </Card>
  );
}

/** A figure that is unknown until the cluster (or that part of it) has been read: "—", never 0. */
const known = (n: number | null | undefined): number | string => (n === null || n === undefined ? '—' : n);

export function ClusterOverview({ cluster }: { cluster: string }) {
  const q = useOverview(cluster);
  const rf1 = useTopics(cluster, { status: 'rf1', page: 1, pageSize: 1 });
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
              <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                <Card
                  title="Brokers"
                  actions={
                    <Link href={paths.brokers(cluster)} className={`${linkClass} text-xs`}>
                      Details →
                    </Link>
                  }
                >
                  <BrokerTable cluster={cluster} brokers={data.brokerList} totalPartitions={data.partitions ?? undefined} />
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
