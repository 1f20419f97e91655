'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { formatDateTime, formatDuration } from '@/lib/client/format';
import type { Interval } from '@/lib/model/intervals';
import type { BrokerDetail } from '@/lib/views/broker-detail';
import { DataTable } from '@/components/parts/DataTable';
import { Elapsed } from '@/components/parts/Elapsed';
import { Chip } from '@/components/parts/ui';

const col = createColumnHelper<Interval>();

function columns(d: BrokerDetail) {
  const before = (i: Interval) => i.start === d.watchedFrom;
  return [
    col.accessor('start', { header: 'Down from', meta: { className: 'tabular-nums' }, cell: ({ row: { original: i } }) => (before(i) ? 'before this range' : formatDateTime(i.start)) }),
    col.accessor('end', { header: 'Back up', meta: { className: 'tabular-nums' }, cell: ({ getValue }) => { const end = getValue(); return end ? formatDateTime(end) : <Chip tone="bad">still down</Chip>; } }),
    col.accessor('durationMs', {
      header: 'Duration',
      meta: { numeric: true },
      cell: ({ row: { original: i } }) => (!i.end ? <Elapsed since={d.since} /> : before(i) ? `≥ ${formatDuration(i.durationMs)}` : formatDuration(i.durationMs)),
    }),
  ];
}

/** The broker's outages in the range, newest first. */
export function DownIntervals({ detail }: { detail: BrokerDetail }) {
  if (detail.downIntervals.length === 0) return null;
  return (
    <div className="mt-3">
      <DataTable
        label="Down intervals, newest first"
        data={[...detail.downIntervals].reverse()}
        columns={columns(detail)}
        getRowId={(i) => i.start}
        tableClassName="w-full max-w-2xl"
        rowProps={(i) => ({ 'data-down-from': i.start })}
      />
    </div>
  );
}
