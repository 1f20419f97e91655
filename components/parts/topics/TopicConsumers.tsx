'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { formatBig } from '@/lib/client/format';
import { statusRank } from '@/lib/client/group-status';
import { paths } from '@/lib/client/paths';
import type { TopicConsumer } from '@/lib/views/topic-detail';
import { DataTable } from '@/components/parts/DataTable';
import { GroupStatusBadge } from '@/components/parts/groups/GroupStatusBadge';
import { LagSeconds } from '@/components/parts/groups/LagSeconds';
import { Card, EmptyState, linkClass } from '@/components/parts/ui';

const col = createColumnHelper<TopicConsumer>();

function columns(cluster: string) {
  return [
    col.accessor((c) => statusRank(c.status), { id: 'status', header: 'Status', sortDescFirst: true, cell: ({ row }) => <GroupStatusBadge status={row.original.status} /> }),
    col.accessor('groupId', {
      header: 'Group',
      sortDescFirst: false,
      meta: { rowHeader: true, className: 'min-w-[8rem] [overflow-wrap:anywhere]' },
      cell: ({ getValue }) => (
        <Link prefetch={false} href={paths.group(cluster, getValue())} className={linkClass}>
          {getValue()}
        </Link>
      ),
    }),
    col.accessor((c) => c.maxLagSeconds ?? undefined, { id: 'seconds', header: 'Behind', sortUndefined: 'last', meta: { numeric: true }, cell: ({ row: { original: c } }) => <LagSeconds seconds={c.maxLagSeconds} estimate={c.maxLagSecondsEstimate} /> }),
    col.accessor((c) => (c.lag === null ? undefined : Number(c.lag)), { id: 'lag', header: 'Lag (msg)', sortUndefined: 'last', meta: { numeric: true }, cell: ({ row }) => formatBig(row.original.lag) }),
    col.accessor('partitions', { header: 'Partitions', meta: { numeric: true } }),
    col.accessor('state', { header: 'State', enableSorting: false, meta: { className: 'text-slate-600 dark:text-slate-300' }, cell: ({ getValue }) => getValue() ?? '—' }),
  ];
}

/** The consumer groups reading a topic, worst first (the server's order), with their lag on it. */
export function TopicConsumers({ cluster, consumers }: { cluster: string; consumers: TopicConsumer[] }) {
  return (
    <Card title={`Consumed by ${consumers.length} group${consumers.length === 1 ? '' : 's'}`} className="min-w-0">
      <DataTable
        label="Consumer groups reading this topic"
        data={consumers}
        columns={columns(cluster)}
        getRowId={(c) => c.groupId}
        initialSort={[]}
        rowProps={(c) => ({ 'data-consumer': c.groupId })}
        empty={<EmptyState title="No consumer group reads this topic">No group has committed offsets or is assigned partitions of it.</EmptyState>}
      />
    </Card>
  );
}
