'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { formatBig, formatCompact } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { GROUP_SORT_DEFAULT_ORDER, GROUP_SORTS, type GroupSort } from '@/lib/model/groups';
import type { SortOrder } from '@/lib/model/topics';
import type { GroupRow } from '@/lib/views/groups';
import { DataTable, urlSort } from '@/components/parts/DataTable';
import { GroupStatusBadge } from '@/components/parts/groups/GroupStatusBadge';
import { LagSeconds } from '@/components/parts/groups/LagSeconds';
import { Sparkline } from '@/components/parts/Sparkline';
import { linkClass } from '@/components/parts/ui';

const col = createColumnHelper<GroupRow>();
const descFirst = (k: GroupSort) => GROUP_SORT_DEFAULT_ORDER[k] === 'desc';

function columns(cluster: string) {
  return [
    // Status first: on a phone it is what shows without scrolling sideways.
    col.accessor('status', {
      header: 'Status',
      sortDescFirst: descFirst('status'),
      cell: ({ row: { original: g } }) => <GroupStatusBadge status={g.status} reason={g.statusReason} />,
    }),
    col.accessor('groupId', {
      id: 'name',
      header: 'Group id',
      sortDescFirst: descFirst('name'),
      meta: { rowHeader: true, className: 'min-w-[12rem]' },
      cell: ({ getValue }) => (
        <Link prefetch={false} href={paths.group(cluster, getValue())} className={`${linkClass} [overflow-wrap:anywhere]`}>
          {getValue()}
        </Link>
      ),
    }),
    col.accessor('state', { header: 'State', enableSorting: false, meta: { className: 'text-xs' } }),
    col.accessor('members', { header: 'Members', enableSorting: false, meta: { numeric: true } }),
    col.accessor('topics', {
      header: 'Topics',
      enableSorting: false,
      meta: { className: 'min-w-[8rem] max-w-[16rem] text-xs [overflow-wrap:anywhere]' },
      cell: ({ getValue }) =>
        getValue().length === 0
          ? '—'
          : getValue().map((t, i) => (
              <span key={t}>
                {i > 0 && ', '}
                <Link prefetch={false} href={paths.topic(cluster, t)} className={linkClass}>
                  {t}
                </Link>
              </span>
            )),
    }),
    col.accessor('totalLag', {
      id: 'lag',
      header: 'Lag',
      sortDescFirst: descFirst('lag'),
      meta: { numeric: true, headerTitle: 'Messages behind, over all partitions' },
      cell: ({ getValue }) => <span title={getValue() === null ? 'No commits yet' : `${formatBig(getValue())} messages`}>{formatCompact(getValue())}</span>,
    }),
    col.accessor('maxLagSeconds', {
      id: 'seconds',
      header: 'Behind',
      sortDescFirst: descFirst('seconds'),
      meta: { numeric: true, className: 'whitespace-nowrap', headerTitle: 'How far behind in time its worst partition is' },
      cell: ({ row: { original: g } }) => <LagSeconds seconds={g.maxLagSeconds} estimate={g.maxLagSecondsEstimate} />,
    }),
    col.display({
      id: 'spark',
      header: 'Last 30 min',
      meta: { className: 'py-0.5' },
      cell: ({ row: { original: g } }) => <Sparkline points={g.spark} label={`Total lag of ${g.groupId} over the last 30 minutes`} />,
    }),
  ];
}


/** One page of consumer groups, sorted by the server (the order lives in the URL). */
export function GroupTable({ cluster, groups, sort, order, onSort }: { cluster: string; groups: GroupRow[]; sort: GroupSort; order: SortOrder; onSort: (sort: GroupSort, order: SortOrder) => void }) {
  return (
    <DataTable
      label="Consumer groups"
      data={groups}
      columns={columns(cluster)}
      getRowId={(g) => g.groupId}
      sort={urlSort(GROUP_SORTS, sort, order, onSort)}
      rowProps={(g) => ({ 'data-group': g.groupId })}
    />
  );
}
