'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { paths } from '@/lib/client/paths';
import type { BrokerDetail } from '@/lib/views/broker-detail';
import { DataTable } from '@/components/parts/DataTable';
import { buttonClass, Card, Chip, EmptyState, inputClass, linkClass, mutedClass } from '@/components/parts/ui';

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

const col = createColumnHelper<TopicRole>();

function columns(cluster: string) {
  return [
    col.accessor('topic', {
      header: 'Topic',
      meta: { rowHeader: true, className: 'w-[30%] min-w-[12rem]' },
      cell: ({ getValue }) => (
        <Link prefetch={false} href={paths.topic(cluster, getValue())} className={`${linkClass} [overflow-wrap:anywhere]`}>
          {getValue()}
        </Link>
      ),
    }),
    col.display({ id: 'leads', header: 'Leader of', cell: ({ row: { original: r } }) => <PartitionLinks cluster={cluster} topic={r.topic} parts={r.leads} /> }),
    col.display({ id: 'inSync', header: 'Follower, in sync', cell: ({ row: { original: r } }) => <PartitionLinks cluster={cluster} topic={r.topic} parts={r.inSync} /> }),
    col.display({ id: 'outOfSync', header: 'Follower, out of sync', cell: ({ row: { original: r } }) => <PartitionLinks cluster={cluster} topic={r.topic} parts={r.outOfSync} tone="warn" /> }),
  ];
}

/** The partitions a broker leads or follows, per topic, those with out-of-sync replicas first. */
export function BrokerPartitions({ cluster, detail }: { cluster: string; detail: BrokerDetail }) {
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
          <label className={`flex items-center gap-1 text-xs ${mutedClass}`}>
            <span className="sr-only">Filter topics</span>
            <input type="search" placeholder="Filter topics" value={filter} onChange={(e) => setFilter(e.target.value)} className={`${inputClass} w-44 py-0.5 text-xs`} />
          </label>
        )
      }
    >
      {roles.length === 0 ? (
        <EmptyState title="This broker holds no replicas">New topics and reassignments place replicas here; nothing is lost if it goes down.</EmptyState>
      ) : (
        <>
          <DataTable
            label={`Partitions on broker ${detail.id}, by topic`}
            data={shown}
            columns={columns(cluster)}
            getRowId={(r) => r.topic}
            className="max-h-[28rem]"
            rowProps={(r) => ({ className: r.outOfSync.length > 0 ? 'bg-amber-50/60 dark:bg-amber-950/20' : '' })}
            empty={<EmptyState title={`No topic name contains “${filter}”`} />}
          />
          {shown.length < matching.length && (
            <p className={`border-t border-slate-100 px-3 py-2 text-xs dark:border-slate-800 ${mutedClass}`}>
              Showing {shown.length} of {matching.length} topics (those with out-of-sync replicas first).{' '}
              <button type="button" className={buttonClass} onClick={() => setAll(true)}>
                Show all
              </button>
            </p>
          )}
        </>
      )}
    </Card>
  );
}
