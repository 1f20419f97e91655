'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { formatDateTime, formatDuration } from '@/lib/client/format';
import type { Interval } from '@/lib/model/intervals';
import type { PartitionIntervals } from '@/lib/views/intervals';
import { DataTable } from '@/components/parts/DataTable';
import { Elapsed } from '@/components/parts/Elapsed';
import { Chip, linkClass } from '@/components/parts/ui';

const KINDS = [
  { key: 'offline', label: 'offline', tone: 'bad' },
  { key: 'underMinIsr', label: 'under min ISR', tone: 'bad' },
  { key: 'underReplicated', label: 'under-replicated', tone: 'warn' },
] as const;

interface Row {
  partition: number;
  kind: (typeof KINDS)[number];
  i: Interval;
  /** Began before the range (and before the watch): its start is not known. */
  atStart: boolean;
}

const col = createColumnHelper<Row>();
const columns = [
  col.display({ id: 'state', header: 'State', cell: ({ row: { original: r } }) => <Chip tone={r.kind.tone}>{r.kind.label}</Chip> }),
  col.accessor('partition', {
    header: 'Partition',
    meta: { rowHeader: true, className: 'tabular-nums' },
    cell: ({ getValue }) => (
      <a href={`#partition-${getValue()}`} className={linkClass}>
        {getValue()}
      </a>
    ),
  }),
  col.display({ id: 'from', header: 'From', meta: { className: 'tabular-nums' }, cell: ({ row: { original: r } }) => (r.atStart ? 'before this range' : formatDateTime(r.i.start)) }),
  col.display({
    id: 'until',
    header: 'Until',
    meta: { className: 'tabular-nums' },
    cell: ({ row: { original: r } }) => (r.i.end ? formatDateTime(r.i.end) : <Chip tone={r.kind.tone}>still {r.kind.label}</Chip>),
  }),
  col.display({
    id: 'duration',
    header: 'Duration',
    meta: { numeric: true },
    cell: ({ row: { original: r } }) => (r.i.end ? `${r.atStart ? '≥ ' : ''}${formatDuration(r.i.durationMs)}` : <Elapsed since={r.i.start} />),
  }),
];

/** When each partition of a topic was impaired in the range, as the server derived it from the events. */
export function PartitionHistoryTable({ partitions, watchedFrom, from }: { partitions: PartitionIntervals[]; watchedFrom: string | null; from: string }) {
  const rows: Row[] = partitions.flatMap((p) =>
    KINDS.flatMap((kind) => p[kind.key].map((i: Interval) => ({ partition: p.partition, kind, i, atStart: i.start === watchedFrom && watchedFrom === from }))),
  );
  rows.sort((a, b) => Date.parse(b.i.start) - Date.parse(a.i.start) || a.partition - b.partition);
  if (rows.length === 0) return null;
  return (
    <div className="border-b border-slate-100 p-3 dark:border-slate-800">
      <h3 className="mb-1 text-xs font-semibold text-slate-600 dark:text-slate-300">Impaired partitions in this range</h3>
      <DataTable
        label="Impaired partitions in this range, newest first"
        data={rows}
        columns={columns}
        getRowId={(r) => `${r.partition}-${r.kind.key}-${r.i.start}`}
        tableClassName="w-full max-w-3xl"
        rowProps={(r) => ({ 'data-partition-interval': r.kind.key })}
      />
    </div>
  );
}
