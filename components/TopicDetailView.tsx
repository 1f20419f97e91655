'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { formatBig, formatBytes, formatRate } from '@/lib/client/format';
import { navigateTo, paths, withParams } from '@/lib/client/paths';
import { useBrokers, useEventGroups, useTopic, type WithRange } from '@/lib/client/queries';
import { rangeParams, readRange, type RangeSel } from '@/lib/client/time-range';
import type { TopicDetail } from '@/lib/views/topic-detail';
import { EventFeed } from './EventFeed';
import { PartitionHistoryTable } from './PartitionHistoryTable';
import { TopicConsumers } from './TopicConsumers';
import { PartitionTable } from './PartitionTable';
import { QueryState } from './QueryState';
import { RangePicker } from './RangePicker';
import { ReplicaMap, ReplicaMapLegend } from './ReplicaMap';
import { ThroughputChart } from './ThroughputChart';
import { TimeAgo } from './TimeAgo';
import { TopicConfigCard } from './TopicConfigCard';
import { Breadcrumbs, Card, Chip, EmptyState, linkClass } from './ui';

const PRESETS = ['15m', '1h', '6h', '24h'] as const;

function Header({ d }: { d: TopicDetail }) {
  const offline = d.partitions.filter((p) => p.offline).length;
  const underMin = d.partitions.filter((p) => p.underMinIsr).length;
  const urp = d.partitions.filter((p) => p.underReplicated).length;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <h1 className="[overflow-wrap:anywhere] text-lg font-semibold">{d.name}</h1>
      <span className="flex flex-wrap items-center gap-1.5">
        {d.internal && <Chip>internal</Chip>}
        <Chip>
          {d.partitions.length} partition{d.partitions.length === 1 ? '' : 's'}
        </Chip>
        {d.replicationFactor === 1 ? (
          <Chip tone="bad" title="A single broker failure makes this topic unavailable">
            RF 1 · single point of failure
          </Chip>
        ) : (
          <Chip>RF {d.replicationFactor}</Chip>
        )}
        {offline > 0 && <Chip tone="bad">{offline} offline</Chip>}
        {underMin > 0 && <Chip tone="bad">{underMin} under min ISR</Chip>}
        {urp > 0 && <Chip tone="warn">{urp} under-replicated</Chip>}
        {offline + underMin + urp === 0 && <Chip tone="ok">all partitions healthy</Chip>}
      </span>
      <span className="text-xs text-slate-600 dark:text-slate-300" data-testid="topic-size">
        {d.sizeBytes !== null ? `${formatBytes(d.sizeBytes)} on disk (leader replicas)` : 'size not read yet'} ·{' '}
        {d.messages !== null ? `${formatBig(d.messages)} messages retained` : 'message count not read yet'}
      </span>
    </div>
  );
}

function Throughput({ d, range, onRange }: { d: WithRange<TopicDetail>; range: RangeSel; onRange: (r: RangeSel) => void }) {
  const pts = d.throughput;
  const last = pts[pts.length - 1]?.messagesPerSecond;
  const peak = pts.reduce((m, p) => Math.max(m, p.messagesPerSecond), 0);
  const avg = pts.length > 0 ? pts.reduce((n, p) => n + p.messagesPerSecond, 0) / pts.length : 0;
  return (
    <Card title="Throughput (messages/s)" actions={<RangePicker label="Throughput range" value={range} presets={[...PRESETS]} onChange={onRange} />} className="min-w-0">
      <div className="px-3 pt-2">
        <p className="flex flex-wrap gap-x-4 text-xs text-slate-600 dark:text-slate-300">
          <span>
            now <strong className="tabular-nums">{last === undefined ? '—' : formatRate(last)}</strong>
          </span>
          <span>
            avg <strong className="tabular-nums">{formatRate(avg)}</strong>
          </span>
          <span>
            peak <strong className="tabular-nums">{formatRate(peak)}</strong>
          </span>
          <span data-testid="last-write">
            {d.lastWriteAt ? (
              <>
                last write <TimeAgo at={d.lastWriteAt} />
              </>
            ) : (
              <span className="text-amber-700 dark:text-amber-300">no writes in this range</span>
            )}
          </span>
        </p>
      </div>
      {pts.length === 0 ? (
        <EmptyState title="No samples in this range yet">End offsets are sampled every poll; a rate needs two samples.</EmptyState>
      ) : (
        <div className="px-1 pb-2">
          <ThroughputChart points={pts} from={d.requested.from} to={d.requested.to} />
        </div>
      )}
    </Card>
  );
}

export function TopicDetailView({ cluster, topic }: { cluster: string; topic: string }) {
  const sp = useSearchParams();
  const range = readRange(sp, PRESETS, '1h');
  const q = useTopic(cluster, topic, range);
  const brokers = useBrokers(cluster);
  const events = useEventGroups(cluster, { topic, range: { kind: 'all' } }, 100);
  const setRange = (sel: RangeSel) => navigateTo(withParams(paths.topic(cluster, topic), rangeParams(sel, '1h')) + window.location.hash, 'replace');

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
            <Header d={d} />
            <div className="grid gap-3 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
              <Throughput d={d} range={range} onRange={setRange} />
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
