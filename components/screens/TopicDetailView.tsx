'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { paths } from '@/lib/client/paths';
import { useBrokers, useEventGroups, useTopic } from '@/lib/client/queries';
import { RANGES, useRange } from '@/lib/client/url-state';
import { ConfigTable } from '@/components/parts/configs/ConfigTable';
import { EventFeed } from '@/components/parts/events/EventFeed';
import { SubjectFindings } from '@/components/parts/findings/SubjectFindings';
import { QueryState } from '@/components/parts/QueryState';
import { PartitionHistoryTable } from '@/components/parts/topics/PartitionHistoryTable';
import { PartitionTable } from '@/components/parts/topics/PartitionTable';
import { ReplicaMap, ReplicaMapLegend } from '@/components/parts/topics/ReplicaMap';
import { ThroughputCard } from '@/components/parts/topics/ThroughputCard';
import { TopicConfigCard } from '@/components/parts/topics/TopicConfigCard';
import { TopicConsumers } from '@/components/parts/topics/TopicConsumers';
import { TopicHeader } from '@/components/parts/topics/TopicHeader';
import { Breadcrumbs, Card, EmptyState, linkClass } from '@/components/parts/ui';

export function TopicDetailView({ cluster, topic }: { cluster: string; topic: string }) {
  const [range, setRange] = useRange(RANGES.topic);
  const q = useTopic(cluster, topic, range);
  const brokers = useBrokers(cluster);
  const events = useEventGroups(cluster, { topic, range: { kind: 'all' } }, 100);

  // A link to one partition (#partition-3) scrolls to it once the table exists.
  const scrolled = useRef(false);
  const loaded = q.data !== undefined;
  useEffect(() => {
    if (!loaded || scrolled.current) return;
    scrolled.current = true;
    const hash = window.location.hash.slice(1);
    if (hash) document.getElementById(hash)?.scrollIntoView({ block: 'center' });
  }, [loaded]);

  return (
    <div className="space-y-3">
      <Breadcrumbs items={[{ label: 'Topics', href: paths.topics(cluster) }, { label: topic }]} />
      <QueryState
        query={q}
        what={`topic ${topic}`}
        notFound={
          <Card>
            <EmptyState title={`Topic “${topic}” is not in this cluster`}>
              It may have been deleted, or created after the last poll.{' '}
              <Link href={paths.topics(cluster, { q: topic })} className={linkClass}>
                Search topics
              </Link>{' '}
              or see its{' '}
              <Link href={paths.events(cluster, { topic })} className={linkClass}>
                event history
              </Link>
              .
            </EmptyState>
          </Card>
        }
      >
        {(d) => (
          <>
            <TopicHeader d={d} />
            <SubjectFindings cluster={cluster} subject={{ topic: d.name }} what={d.name} />
            <div className="grid gap-3 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <ThroughputCard d={d} range={range} onRange={setRange} />
              <TopicConfigCard configs={d.configs} replicationFactor={d.replicationFactor} />
            </div>
            <div className="grid items-start gap-3 lg:grid-cols-[auto_minmax(0,1fr)]">
              <Card title="Replica map" className="min-w-0">
                <div className="space-y-2 p-2">
                  <ReplicaMapLegend />
                  <ReplicaMap cluster={cluster} topic={d.name} partitions={d.partitions} brokers={brokers.data?.brokers ?? []} />
                </div>
              </Card>
              <PartitionTable cluster={cluster} partitions={d.partitions} />
            </div>
            <TopicConsumers cluster={cluster} consumers={d.consumers} />
            <ConfigTable cluster={cluster} of={{ topic: d.name }} what={d.name} />
            <Card title={`Partition history (${range.kind === 'preset' ? `last ${range.preset}` : 'chosen range'})`}>
              <PartitionHistoryTable partitions={d.history.partitions} watchedFrom={d.history.watchedFrom} from={d.requested.from} />
              {d.history.partitions.length === 0 && (
                <EmptyState title="No partition of this topic was offline, under min ISR or under-replicated in this range">
                  {d.history.watchedFrom === null ? 'The topic was not watched in this range.' : 'Change the range above to look further back.'}
                </EmptyState>
              )}
            </Card>
          </>
        )}
      </QueryState>
      <EventFeed
        cluster={cluster}
        title="History of this topic"
        query={{ kind: 'grouped', q: events }}
        moreHref={paths.events(cluster, { topic })}
        empty="No changes seen for this topic yet: ISR changes, leader moves and offline partitions will appear here."
      />
    </div>
  );
}
