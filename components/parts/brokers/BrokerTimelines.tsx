'use client';

import { useBrokerTimelines } from '@/lib/client/queries';
import { RANGES, useRange } from '@/lib/client/url-state';
import { AvailabilityTimeline } from '@/components/parts/brokers/AvailabilityTimeline';
import { RangePicker } from '@/components/parts/RangePicker';
import { Card, Skeleton } from '@/components/parts/ui';

/** One availability bar per broker over the same range: outages line up across brokers. */
export function BrokerTimelines({ cluster, ids }: { cluster: string; ids: number[] }) {
  const [range, setRange] = useRange(RANGES.brokers);
  const results = useBrokerTimelines(cluster, ids, range);
  return (
    <Card title="Availability of all brokers" actions={<RangePicker label="Availability range" value={range} presets={RANGES.brokers.presets} allowCustom onChange={setRange} />}>
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
