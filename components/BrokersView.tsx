'use client';

import { useSearchParams } from 'next/navigation';
import { navigateTo, paths, withParams } from '@/lib/client/paths';
import { useBrokers, useBrokerTimelines, useOverview } from '@/lib/client/queries';
import { leaderShare } from '@/lib/client/replica-map';
import { rangeParams, readRange, type RangeSel } from '@/lib/client/time-range';
import { AvailabilityTimeline } from './AvailabilityTimeline';
import { BrokerTable } from './BrokerTable';
import { QueryState } from './QueryState';
import { RangePicker } from './RangePicker';
import { Card, EmptyState, Skeleton } from './ui';

const PRESETS = ['1h', '24h', '7d'] as const;

/** One availability bar per broker over the same range: outages line up across brokers. */
function BrokerTimelines({ cluster, ids }: { cluster: string; ids: number[] }) {
  const sp = useSearchParams();
  const range = readRange(sp, PRESETS, '24h');
  const results = useBrokerTimelines(cluster, ids, range);
  const setRange = (sel: RangeSel) => navigateTo(withParams(paths.brokers(cluster), rangeParams(sel, '24h')), 'replace');
  return (
    <Card title="Availability of all brokers" actions={<RangePicker label="Availability range" value={range} presets={[...PRESETS]} allowCustom onChange={setRange} />}>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800/70">
        {ids.map((id, n) => {
          const d = results[n]?.data;
          return (
            <li key={id} data-broker-timeline={id} className="grid gap-2 px-3 py-2 sm:grid-cols-[6rem_1fr]">
              <h3 className="text-sm font-medium">Broker {id}</h3>
              {d ? (
                <AvailabilityTimeline from={d.range.from} to={d.range.to} intervals={d.downIntervals} watchedFrom={d.watchedFrom} availability={d.availability} />
              ) : results[n]?.error ? (
                <span className="text-sm text-red-700 dark:text-red-400">Could not load: {results[n]?.error?.message}</span>
              ) : (
                <Skeleton className="h-6 w-full" />
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

export function BrokersView({ cluster }: { cluster: string }) {
  const q = useBrokers(cluster);
  // Shares the overview's cached query: the partition total for the fair-share column.
  const overview = useOverview(cluster);
  const total = overview.data?.partitions ?? undefined;
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Brokers</h1>
      <Card>
        <QueryState query={q} what="brokers">
          {({ brokers, noDataReason }) => {
            if (brokers.length === 0 && noDataReason) {
              return (
                <EmptyState title="No data yet">
                  <span data-testid="no-data-reason">Kafkascope has not reached this cluster: {noDataReason}.</span>
                </EmptyState>
              );
            }
            const up = brokers.filter((b) => b.up).length;
            const sum = total ?? brokers.reduce((n, b) => n + b.leaderCount, 0);
            const skewed = brokers.filter((b) => b.up && leaderShare(b.leaderCount, sum, up).skewed);
            return (
              <>
                <p className="border-b border-slate-100 px-3 py-1.5 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
                  {brokers.length} brokers, {up} up{brokers.length - up > 0 ? <strong className="text-red-700 dark:text-red-400">, {brokers.length - up} down</strong> : null}
                  {total !== undefined ? ` · ${total} partitions` : ''}
                  {' · '}
                  {skewed.length > 0 ? (
                    <span className="text-amber-700 dark:text-amber-300">
                      leadership skewed towards broker {skewed.map((b) => b.id).join(', ')} (a preferred-leader election rebalances it)
                    </span>
                  ) : (
                    'leadership evenly spread'
                  )}
                </p>
                <BrokerTable cluster={cluster} brokers={brokers} totalPartitions={total} />
              </>
            );
          }}
        </QueryState>
      </Card>
      {q.data && q.data.brokers.length > 0 && <BrokerTimelines cluster={cluster} ids={q.data.brokers.map((b) => b.id).sort((a, b) => a - b)} />}
    </div>
  );
}
