'use client';

import { useOverview } from '@/lib/client/queries';
import { BrokerTable } from './BrokerTable';
import { PollBanner } from './PollBanner';
import { StatusBadge } from './StatusBadge';

function Stat({ label, value, warn }: { label: string; value: number | string; warn?: boolean }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="text-xs uppercase tracking-wide text-slate-500">{label}</div>
      <div className={`text-2xl font-semibold tabular-nums ${warn ? 'text-red-700 dark:text-red-400' : ''}`} data-stat={label}>
        {value}
      </div>
    </div>
  );
}

export function ClusterOverview({ cluster }: { cluster: string }) {
  const { data, error, isPending } = useOverview(cluster);
  if (isPending) return <p className="text-slate-500">Loading cluster…</p>;
  if (!data) return <p role="alert" className="text-red-700">Cannot load cluster: {error?.message}</p>;
  const c = data.cluster;
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{c.name}</h1>
        <StatusBadge status={c.status} />
        <span className="text-sm text-slate-500">
          Kafka cluster id <code data-testid="kafka-cluster-id">{c.kafkaClusterId ?? 'unknown'}</code>
        </span>
        <span className="text-sm text-slate-500">
          controller <span data-testid="controller-id">{data.controllerId ?? 'unknown'}</span>
        </span>
      </header>
      <PollBanner summary={c} error={error?.message ?? null} />
      <section className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" aria-label="Cluster figures">
        <Stat label="Brokers up" value={`${data.brokers.up}/${data.brokers.total}`} warn={data.brokers.down > 0} />
        <Stat label="Topics" value={data.topics} />
        <Stat label="Partitions" value={data.partitions} />
        <Stat label="Under-replicated" value={data.underReplicated} warn={data.underReplicated > 0} />
        <Stat label="Under min ISR" value={data.underMinIsr} warn={data.underMinIsr > 0} />
        <Stat label="Offline" value={data.offline} warn={data.offline > 0} />
        <Stat label="Consumer groups" value={data.groups} />
      </section>
      <section aria-labelledby="brokers-heading">
        <h2 id="brokers-heading" className="mb-2 text-lg font-semibold">Brokers</h2>
        <BrokerTable brokers={data.brokerList} />
      </section>
    </div>
  );
}
