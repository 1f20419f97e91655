'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { formatDuration } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import type { IncidentDetail } from '@/lib/views/incidents';
import { DataTable } from '@/components/parts/DataTable';
import { IncidentTime } from '@/components/parts/incidents/IncidentTime';
import { Card, EmptyState, linkClass } from '@/components/parts/ui';

type Row = IncidentDetail['incident']['partitionsOffline'][number];
const col = createColumnHelper<Row>();

function columns(cluster: string) {
  return [
    col.accessor((p) => `${p.topic}-${p.partition}`, {
      id: 'partition',
      header: 'Partition',
      meta: { rowHeader: true, className: '[overflow-wrap:anywhere]' },
      cell: ({ row: { original: p } }) => (
        <Link prefetch={false} href={paths.topic(cluster, p.topic, p.partition)} className={linkClass}>
          {p.topic}-{p.partition}
        </Link>
      ),
    }),
    col.display({
      id: 'offline',
      header: 'Offline',
      meta: { className: 'text-xs' },
      cell: ({ row: { original: p } }) =>
        p.intervals.map((iv) => (
          <div key={iv.start}>
            <IncidentTime i={iv} />
          </div>
        )),
    }),
    col.accessor('durationMs', { header: 'Total', sortDescFirst: true, meta: { numeric: true }, cell: ({ getValue }) => formatDuration(getValue()) }),
  ];
}

/** Each partition the incident took offline, when, and for how long in total. */
export function OfflinePartitions({ cluster, partitions }: { cluster: string; partitions: Row[] }) {
  return (
    <Card title={`Partitions offline (${partitions.length})`}>
      <DataTable
        label="Partitions offline"
        data={partitions}
        columns={columns(cluster)}
        getRowId={(p) => `${p.topic}\u0000${p.partition}`}
        initialSort={[]}
        className="max-h-80"
        rowProps={(p) => ({ 'data-offline-partition': `${p.topic}-${p.partition}` })}
        empty={<EmptyState title="No partition went offline" />}
      />
    </Card>
  );
}
