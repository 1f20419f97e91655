'use client';

import { useBrokers, useOverview } from '@/lib/client/queries';
import { leaderShare } from '@/lib/client/replica-map';
import type { BrokerRow } from '@/lib/views/brokers';
import { BrokerTable } from '@/components/parts/brokers/BrokerTable';
import { BrokerTimelines } from '@/components/parts/brokers/BrokerTimelines';
import { QuorumCard } from '@/components/parts/brokers/QuorumCard';
import { WhatIfPicker } from '@/components/parts/brokers/WhatIfCard';
import { QueryState } from '@/components/parts/QueryState';
import { Card, EmptyState } from '@/components/parts/ui';

function Summary({ brokers, total }: { brokers: BrokerRow[]; total: number | undefined }) {
  const up = brokers.filter((b) => b.up).length;
  const sum = total ?? brokers.reduce((n, b) => n + b.leaderCount, 0);
  const skewed = brokers.filter((b) => b.up && leaderShare(b.leaderCount, sum, up).skewed);
  return (
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
            return (
              <>
                {brokers.length > 0 && <Summary brokers={brokers} total={total} />}
                <BrokerTable cluster={cluster} brokers={brokers} totalPartitions={total} />
              </>
            );
          }}
        </QueryState>
      </Card>
      {q.data && q.data.brokers.length > 0 && <WhatIfPicker cluster={cluster} brokers={[...q.data.brokers].sort((a, b) => a.id - b.id)} />}
      <QuorumCard cluster={cluster} />
      {q.data && q.data.brokers.length > 0 && <BrokerTimelines cluster={cluster} ids={q.data.brokers.map((b) => b.id).sort((a, b) => a - b)} />}
    </div>
  );
}
