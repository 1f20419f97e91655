'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { formatBig, formatCompact } from '@/lib/client/format';
import { statusRank } from '@/lib/client/group-status';
import { paths } from '@/lib/client/paths';
import type { GroupDetail } from '@/lib/views/groups';
import { DataTable } from '@/components/parts/DataTable';
import { GroupStatusBadge } from '@/components/parts/groups/GroupStatusBadge';
import { LagSeconds } from '@/components/parts/groups/LagSeconds';
import { Card, EmptyState, linkClass, mutedClass } from '@/components/parts/ui';

type Row = GroupDetail['partitions'][number];
const col = createColumnHelper<Row>();
/** Offsets are int64 strings; a double orders them well enough to sort by. */
const big = (s: string | null) => (s === null ? undefined : Number(s));

function columns(cluster: string) {
  return [
    col.accessor((p) => statusRank(p.status), {
      id: 'status',
      header: 'Status',
      sortDescFirst: true,
      meta: { className: 'min-w-[9rem]' },
      cell: ({ row: { original: p } }) => (
        <span className="flex flex-wrap items-center gap-x-2">
          <GroupStatusBadge status={p.status} />
          <span className={`text-xs ${mutedClass}`}>{p.reason}</span>
        </span>
      ),
    }),
    col.accessor('topic', {
      header: 'Topic',
      sortDescFirst: false,
      meta: { className: 'min-w-[8rem] [overflow-wrap:anywhere]' },
      cell: ({ getValue }) => (
        <Link prefetch={false} href={paths.topic(cluster, getValue())} className={linkClass}>
          {getValue()}
        </Link>
      ),
    }),
    col.accessor('partition', {
      header: 'Partition',
      sortDescFirst: false,
      meta: { numeric: true },
      cell: ({ row: { original: p } }) => (
        <Link prefetch={false} href={paths.topic(cluster, p.topic, p.partition)} className={linkClass} aria-label={`${p.topic} partition ${p.partition}`}>
          {p.partition}
        </Link>
      ),
    }),
    col.accessor((p) => big(p.committed), {
      id: 'committed',
      header: 'Committed',
      sortUndefined: 'last',
      meta: { numeric: true },
      cell: ({ row: { original: p } }) => <span title={p.committed === null ? 'No committed offset' : undefined}>{p.committed === null ? '—' : formatBig(p.committed)}</span>,
    }),
    col.accessor((p) => big(p.endOffset), { id: 'end', header: 'End', sortUndefined: 'last', meta: { numeric: true }, cell: ({ row }) => formatBig(row.original.endOffset) }),
    col.accessor((p) => big(p.lag), {
      id: 'lag',
      header: 'Lag',
      sortUndefined: 'last',
      meta: { numeric: true },
      cell: ({ row: { original: p } }) => <span title={p.lag === null ? undefined : `${formatBig(p.lag)} messages`}>{formatCompact(p.lag)}</span>,
    }),
    col.accessor((p) => p.lagSeconds ?? undefined, {
      id: 'seconds',
      header: 'Behind',
      sortUndefined: 'last',
      meta: { numeric: true, className: 'whitespace-nowrap' },
      cell: ({ row: { original: p } }) => <LagSeconds seconds={p.lagSeconds} estimate={p.lagSecondsEstimate} />,
    }),
    col.accessor((p) => p.owner?.clientId, {
      id: 'owner',
      header: 'Owner',
      sortUndefined: 'last',
      meta: { className: 'text-xs' },
      cell: ({ row: { original: p } }) =>
        p.owner ? (
          <span title={p.owner.memberId}>
            {p.owner.clientId} <span className={mutedClass}>{p.owner.clientHost}</span>
          </span>
        ) : (
          <span className={mutedClass}>unassigned</span>
        ),
    }),
  ];
}

/** Lag per partition, as kafka-consumer-groups --describe shows it, plus how far behind in time. */
export function GroupPartitions({ cluster, d }: { cluster: string; d: GroupDetail }) {
  return (
    <Card title={`Partitions (${d.partitions.length})`}>
      <DataTable
        label="Lag per partition"
        data={d.partitions}
        columns={columns(cluster)}
        getRowId={(p) => `${p.topic}\u0000${p.partition}`}
        initialSort={[]}
        rowProps={(p) => ({ 'data-partition': `${p.topic}-${p.partition}` })}
        empty={<EmptyState title="No partitions">This group has no committed offsets and no assignment.</EmptyState>}
      />
    </Card>
  );
}
