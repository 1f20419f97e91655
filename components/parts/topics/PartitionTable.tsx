'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { useState } from 'react';
import { formatBig } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import type { PartitionRow } from '@/lib/views/topic-detail';
import { DataTable } from '@/components/parts/DataTable';
import { Card, Chip, EmptyState, mutedClass } from '@/components/parts/ui';

function Brokers({ cluster, ids, tone }: { cluster: string; ids: number[]; tone?: 'bad' }) {
  if (ids.length === 0) return <span className={mutedClass}>—</span>;
  return (
    <span className="tabular-nums">
      {ids.map((b, i) => (
        <span key={b}>
          {i > 0 && ', '}
          <Link prefetch={false} href={paths.broker(cluster, b)} className={`hover:underline ${tone === 'bad' ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}>
            {b}
          </Link>
        </span>
      ))}
    </span>
  );
}

const hasProblem = (p: PartitionRow) => p.offline || p.underMinIsr || p.underReplicated || p.offlineReplicas.length > 0;

function Flags({ p }: { p: PartitionRow }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {p.offline && <Chip tone="bad">offline</Chip>}
      {p.underMinIsr && <Chip tone="bad">under min ISR</Chip>}
      {p.underReplicated && <Chip tone="warn">under-replicated</Chip>}
      {!p.offline && p.offlineReplicas.length > 0 && <Chip tone="warn">replica offline</Chip>}
      {!hasProblem(p) && <span className={`text-xs ${mutedClass}`}>ok</span>}
    </span>
  );
}

function Isr({ p }: { p: PartitionRow }) {
  return (
    <>
      {p.isr.length === 0 ? <span className="font-semibold text-red-700 dark:text-red-400">empty</span> : p.isr.join(', ')}
      {p.outOfSyncReplicas.map((b) => (
        <span key={b} className="ml-1.5 font-semibold text-amber-700 line-through decoration-2 dark:text-amber-300" title={`Replica ${b} is out of sync`}>
          {b}
          <span className="sr-only"> (out of sync)</span>
        </span>
      ))}
    </>
  );
}

const col = createColumnHelper<PartitionRow>();
const big = (s: string | null) => (s === null ? undefined : Number(s));

function columns(cluster: string) {
  return [
    col.accessor((p) => (p.offline ? 3 : p.underMinIsr ? 2 : hasProblem(p) ? 1 : 0), { id: 'status', header: 'Status', sortDescFirst: true, cell: ({ row }) => <Flags p={row.original} /> }),
    col.accessor('partition', { header: '#', sortDescFirst: false, meta: { rowHeader: true, numeric: true, className: 'font-semibold' } }),
    col.accessor((p) => p.leader ?? undefined, {
      id: 'leader',
      header: 'Leader',
      sortUndefined: 'first',
      cell: ({ row: { original: p } }) =>
        p.leader === null ? (
          <span className="font-semibold text-red-700 dark:text-red-400" data-testid="leader-none">
            none
          </span>
        ) : (
          <Brokers cluster={cluster} ids={[p.leader]} />
        ),
    }),
    col.accessor('replicas', { header: 'Replicas', enableSorting: false, meta: { className: 'whitespace-nowrap' }, cell: ({ getValue }) => <Brokers cluster={cluster} ids={getValue()} /> }),
    col.display({ id: 'isr', header: 'ISR', meta: { className: 'whitespace-nowrap tabular-nums', headerTitle: 'In-sync replicas; struck-through replicas are out of sync' }, cell: ({ row }) => <Isr p={row.original} /> }),
    col.accessor((p) => p.elr?.length ?? undefined, {
      id: 'elr',
      header: 'ELR',
      sortUndefined: 'last',
      meta: { className: 'whitespace-nowrap', headerTitle: 'Eligible leader replicas (KIP-966): out of the ISR but with every committed record, so they can still be elected cleanly' },
      cell: ({ row: { original: p } }) =>
        p.elr === null ? (
          <span className={`text-xs ${mutedClass}`}>n/a</span>
        ) : (
          <>
            {p.elr.length === 0 ? <span className={`text-xs ${mutedClass}`}>none</span> : <Brokers cluster={cluster} ids={p.elr} />}
            {p.lastKnownElr && p.lastKnownElr.length > 0 && (
              <span className={`ml-1 text-xs ${mutedClass}`} title="Last-known ELR: the eligible replicas when the last leader was lost">
                (last known: {p.lastKnownElr.join(', ')})
              </span>
            )}
          </>
        ),
    }),
    col.accessor('offlineReplicas', { header: 'Offline replicas', enableSorting: false, meta: { className: 'whitespace-nowrap' }, cell: ({ getValue }) => <Brokers cluster={cluster} ids={getValue()} tone="bad" /> }),
    col.accessor((p) => big(p.startOffset), { id: 'start', header: 'Start offset', sortUndefined: 'last', meta: { numeric: true }, cell: ({ row }) => formatBig(row.original.startOffset) }),
    col.accessor((p) => big(p.endOffset), { id: 'end', header: 'End offset', sortUndefined: 'last', meta: { numeric: true }, cell: ({ row }) => formatBig(row.original.endOffset) }),
  ];
}

export function PartitionTable({ cluster, partitions }: { cluster: string; partitions: PartitionRow[] }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const problems = partitions.filter(hasProblem).length;
  const rows = onlyProblems ? partitions.filter(hasProblem) : partitions;
  return (
    <Card
      title={`Partitions (${partitions.length})`}
      actions={
        partitions.length > 12 && (
          <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} className="accent-sky-600" />
            Only partitions with problems ({problems})
          </label>
        )
      }
    >
      <DataTable
        label="Partitions"
        data={rows}
        columns={columns(cluster)}
        getRowId={(p) => String(p.partition)}
        initialSort={[{ id: 'partition', desc: false }]}
        className="max-h-[30rem]"
        rowProps={(p) => ({ id: `partition-${p.partition}`, 'data-partition': p.partition, className: `scroll-mt-24 ${p.offline ? 'bg-red-50/70 dark:bg-red-950/30' : ''}` })}
        empty={<EmptyState title="No partition has a problem right now" />}
      />
    </Card>
  );
}
