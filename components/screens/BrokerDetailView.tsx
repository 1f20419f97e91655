'use client';

import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import { useBrokerDetail, useEventGroups } from '@/lib/client/queries';
import { RANGES, useRange } from '@/lib/client/url-state';
import { AvailabilityTimeline } from '@/components/parts/brokers/AvailabilityTimeline';
import { BrokerHeader } from '@/components/parts/brokers/BrokerHeader';
import { BrokerPartitions } from '@/components/parts/brokers/BrokerPartitions';
import { DownIntervals } from '@/components/parts/brokers/DownIntervals';
import { WhatIfCard } from '@/components/parts/brokers/WhatIfCard';
import { ConfigTable } from '@/components/parts/configs/ConfigTable';
import { SubjectFindings } from '@/components/parts/findings/SubjectFindings';
import { EventFeed } from '@/components/parts/events/EventFeed';
import { QueryState } from '@/components/parts/QueryState';
import { RangePicker } from '@/components/parts/RangePicker';
import { Breadcrumbs, Card, EmptyState, linkClass } from '@/components/parts/ui';

export function BrokerDetailView({ cluster, id }: { cluster: string; id: number }) {
  const [range, setRange] = useRange(RANGES.brokers);
  const q = useBrokerDetail(cluster, id, range);
  const events = useEventGroups(cluster, { broker: id, range: { kind: 'all' } }, 50);

  return (
    <div className="space-y-3">
      <Breadcrumbs items={[{ label: 'Brokers', href: paths.brokers(cluster) }, { label: `Broker ${id}` }]} />
      <QueryState
        query={q}
        what={`broker ${id}`}
        notFound={
          <EmptyState title={`Broker ${id} is not known in this cluster`}>
            <Link href={paths.brokers(cluster)} className={linkClass}>
              See the brokers that are
            </Link>
          </EmptyState>
        }
      >
        {(d) => (
          <>
            <BrokerHeader d={d} />
            <Card title="Availability" actions={<RangePicker label="Availability range" value={range} presets={RANGES.brokers.presets} allowCustom onChange={setRange} />}>
              <div className="p-3">
                <AvailabilityTimeline from={d.range.from} to={d.range.to} intervals={d.downIntervals} watchedFrom={d.watchedFrom} availability={d.availability} />
                <DownIntervals detail={d} />
              </div>
            </Card>
            <SubjectFindings cluster={cluster} subject={{ broker: id }} what={`broker ${id}`} />
            <WhatIfCard cluster={cluster} brokerId={id} />
            <BrokerPartitions cluster={cluster} detail={d} />
            <ConfigTable cluster={cluster} of={{ broker: id }} what={`broker ${id}`} />
          </>
        )}
      </QueryState>
      <EventFeed
        cluster={cluster}
        title={`Events on broker ${id}`}
        query={{ kind: 'grouped', q: events }}
        moreHref={paths.events(cluster, { broker: id })}
        empty={`Nothing has happened to broker ${id} since Kafkascope started watching.`}
      />
    </div>
  );
}
