'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { formatDateTime, formatDuration } from '@/lib/client/format';
import { navigateTo, paths, withParams } from '@/lib/client/paths';
import { useBrokerDetail, useEventGroups } from '@/lib/client/queries';
import { rangeParams, readRange, type RangeSel } from '@/lib/client/time-range';
import type { BrokerDetail } from '@/lib/views/broker-detail';
import { AvailabilityTimeline } from './AvailabilityTimeline';
import { Elapsed } from './Elapsed';
import { EventFeed } from './EventFeed';
import { QueryState } from './QueryState';
import { RangePicker } from './RangePicker';
import { StatusBadge } from './StatusBadge';
import { TimeAgo } from './TimeAgo';
import { Breadcrumbs, buttonClass, Card, Chip, EmptyState, inputClass, linkClass, rowClass, tdClass, thClass } from './ui';

const PRESETS = ['1h', '24h', '7d'] as const;
const ROW_LIMIT = 300;

interface TopicRole {
  topic: string;
  leads: number[];
  inSync: number[];
  outOfSync: number[];
}

function rolesByTopic(d: BrokerDetail): TopicRole[] {
  const m = new Map<string, TopicRole>();
  const get = (topic: string) => {
    let r = m.get(topic);
    if (!r) m.set(topic, (r = { topic, leads: [], inSync: [], outOfSync: [] }));
    return r;
  };
  for (const p of d.leaderOf) get(p.topic).leads.push(p.partition);
  for (const p of d.followerOf) (p.inSync ? get(p.topic).inSync : get(p.topic).outOfSync).push(p.partition);
  // Trouble first, then by name.
  return [...m.values()].sort((a, b) => Number(b.outOfSync.length > 0) - Number(a.outOfSync.length > 0) || a.topic.localeCompare(b.topic));
}

function PartitionLinks({ cluster, topic, parts, tone }: { cluster: string; topic: string; parts: number[]; tone?: 'warn' }) {
  if (parts.length === 0) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <span className="flex flex-wrap gap-x-1.5">
      {parts.map((p) => (
        <Link
          key={p}
          prefetch={false}
          href={paths.topic(cluster, topic, p)}
          className={`tabular-nums hover:underline ${tone === 'warn' ? 'font-semibold text-amber-700 dark:text-amber-300' : 'text-sky-700 dark:text-sky-400'}`}
          aria-label={`${topic} partition ${p}${tone === 'warn' ? ' (out of sync)' : ''}`}
        >
          {p}
        </Link>
      ))}
    </span>
  );
}

function Partitions({ cluster, detail }: { cluster: string; detail: BrokerDetail }) {
  const [filter, setFilter] = useState('');
  const [all, setAll] = useState(false);
  const roles = useMemo(() => rolesByTopic(detail), [detail]);
  const matching = filter ? roles.filter((r) => r.topic.toLowerCase().includes(filter.toLowerCase())) : roles;
  // Thousands of topics render slowly and nobody reads them all; the filter finds the rest.
  const shown = all ? matching : matching.slice(0, ROW_LIMIT);
  const outOfSync = detail.followerOf.filter((p) => !p.inSync).length;
  return (
    <Card
      title={
        <>
          Partitions: leads {detail.leaderOf.length}, follows {detail.followerOf.length}
          {outOfSync > 0 && (
            <span className="ml-2">
              <Chip tone="warn">{outOfSync} out of sync</Chip>
            </span>
          )}
        </>
      }
      actions={
        roles.length > 10 && (
          <label className="flex items-center gap-1 text-xs text-slate-500 dark:text-slate-400">
            <span className="sr-only">Filter topics</span>
            <input type="search" placeholder="Filter topics" value={filter} onChange={(e) => setFilter(e.target.value)} className={`${inputClass} w-44 py-0.5 text-xs`} />
          </label>
        )
      }
    >
      {roles.length === 0 ? (
        <EmptyState title="This broker holds no replicas">New topics and reassignments place replicas here; nothing is lost if it goes down.</EmptyState>
      ) : (
        <div className="relative max-h-[28rem] overflow-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Partitions on broker {detail.id}, by topic</caption>
            <thead>
              <tr>
                <th scope="col" className={`${thClass} w-[30%] min-w-[12rem]`}>Topic</th>
                <th scope="col" className={thClass}>Leader of</th>
                <th scope="col" className={thClass}>Follower, in sync</th>
                <th scope="col" className={thClass}>Follower, out of sync</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.topic} className={`${rowClass} ${r.outOfSync.length > 0 ? 'bg-amber-50/60 dark:bg-amber-950/20' : ''}`}>
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    <Link prefetch={false} href={paths.topic(cluster, r.topic)} className={`${linkClass} [overflow-wrap:anywhere]`}>
                      {r.topic}
                    </Link>
                  </th>
                  <td className={tdClass}>
                    <PartitionLinks cluster={cluster} topic={r.topic} parts={r.leads} />
                  </td>
                  <td className={tdClass}>
                    <PartitionLinks cluster={cluster} topic={r.topic} parts={r.inSync} />
                  </td>
                  <td className={tdClass}>
                    <PartitionLinks cluster={cluster} topic={r.topic} parts={r.outOfSync} tone="warn" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <EmptyState title={`No topic name contains “${filter}”`} />}
          {shown.length < matching.length && (
            <p className="border-t border-slate-100 px-3 py-2 text-xs text-slate-500 dark:text-slate-400 dark:border-slate-800">
              Showing {shown.length} of {matching.length} topics (those with out-of-sync replicas first).{' '}
              <button type="button" className={buttonClass} onClick={() => setAll(true)}>
                Show all
              </button>
            </p>
          )}
        </div>
      )}
    </Card>
  );
}

function DownIntervals({ detail }: { detail: BrokerDetail }) {
  if (detail.downIntervals.length === 0) return null;
  const rows = [...detail.downIntervals].reverse();
  return (
    <table className="mt-3 w-full max-w-2xl text-sm">
      <caption className="sr-only">Down intervals, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className={thClass}>Down from</th>
          <th scope="col" className={thClass}>Back up</th>
          <th scope="col" className={`${thClass} text-right`}>Duration</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.start} className={rowClass}>
            <td className={`${tdClass} tabular-nums`}>{i.start === detail.watchedFrom ? 'before this range' : formatDateTime(i.start)}</td>
            <td className={`${tdClass} tabular-nums`}>{i.end ? formatDateTime(i.end) : <Chip tone="bad">still down</Chip>}</td>
            <td className={`${tdClass} text-right tabular-nums`}>
              {!i.end ? <Elapsed since={detail.since} /> : i.start === detail.watchedFrom ? `≥ ${formatDuration(i.durationMs)}` : formatDuration(i.durationMs)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BrokerDetailView({ cluster, id }: { cluster: string; id: number }) {
  const sp = useSearchParams();
  const range = readRange(sp, PRESETS, '24h');
  const q = useBrokerDetail(cluster, id, range);
  const events = useEventGroups(cluster, { broker: id, range: { kind: 'all' } }, 50);
  const setRange = (sel: RangeSel) => navigateTo(withParams(paths.broker(cluster, id), rangeParams(sel, '24h')), 'replace');

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
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h1 className="text-lg font-semibold">Broker {d.id}</h1>
              <StatusBadge status={d.up ? 'up' : 'down'} />
              {d.isController && <Chip tone="info">active controller</Chip>}
              <span className="text-sm text-slate-600 dark:text-slate-300">
                <span className="font-mono text-xs">
                  {d.host}:{d.port}
                </span>
                {' · '}rack {d.rack ?? 'none'} · {d.up ? 'up' : 'down'} since <TimeAgo at={d.since} />
                {!d.up && (
                  <>
                    {' '}· last seen <TimeAgo at={d.lastSeenAt} />
                  </>
                )}
              </span>
            </div>
            <Card title="Availability" actions={<RangePicker label="Availability range" value={range} presets={[...PRESETS]} allowCustom onChange={setRange} />}>
              <div className="p-3">
                <AvailabilityTimeline from={d.range.from} to={d.range.to} intervals={d.downIntervals} watchedFrom={d.watchedFrom} availability={d.availability} />
                <DownIntervals detail={d} />
              </div>
            </Card>
            <Partitions cluster={cluster} detail={d} />
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
