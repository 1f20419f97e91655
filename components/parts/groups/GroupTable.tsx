'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { formatBig, formatCompact } from '@/lib/client/format';
import { formatLagSeconds, statusRank } from '@/lib/client/group-status';
import { paths } from '@/lib/client/paths';
import { GROUP_SORT_DEFAULT_ORDER, GROUP_SORTS, type GroupSort } from '@/lib/client/url-state';
import type { SortOrder } from '@/lib/model/topics';
import type { GroupRow } from '@/lib/views/groups';
import { DataTable, urlSort } from '@/components/parts/DataTable';
import { GroupStatusBadge } from '@/components/parts/groups/GroupStatusBadge';
import { Sparkline } from '@/components/parts/Sparkline';
import { linkClass } from '@/components/parts/ui';

const lagNum = (g: GroupRow) => (g.totalLag === null ? -1 : Number(g.totalLag));
const secNum = (g: GroupRow) => g.maxLagSeconds ?? -1;

/** Ascending comparisons per key; worst first is their reverse. */
const BY: Record<GroupSort, (a: GroupRow, b: GroupRow) => number> = {
  status: (a, b) => statusRank(a.status) - statusRank(b.status),
  lag: (a, b) => lagNum(a) - lagNum(b),
  seconds: (a, b) => secNum(a) - secNum(b),
  name: (a, b) => a.groupId.localeCompare(b.groupId),
};

/** By the chosen key, ties worst first: status, then lag in seconds, then messages, then id. */
export function sortGroups(groups: GroupRow[], key: GroupSort, order: SortOrder = GROUP_SORT_DEFAULT_ORDER[key]): GroupRow[] {
  const sign = order === 'desc' ? -1 : 1;
  const tie = (a: GroupRow, b: GroupRow) => statusRank(b.status) - statusRank(a.status) || secNum(b) - secNum(a) || lagNum(b) - lagNum(a) || a.groupId.localeCompare(b.groupId);
  return [...groups].sort((a, b) => sign * BY[key](a, b) || tie(a, b));
}

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
      cell: ({ getValue }) => formatLagSeconds(getValue()),
    }),
    col.display({
      id: 'spark',
      header: 'Last 30 min',
      meta: { className: 'py-0.5' },
      cell: ({ row: { original: g } }) => <Sparkline points={g.spark} label={`Total lag of ${g.groupId} over the last 30 minutes`} />,
    }),
  ];
}


/** Consumer groups, sorted by the caller (the order lives in the URL). */
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
