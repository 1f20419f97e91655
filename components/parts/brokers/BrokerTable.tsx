'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import { leaderShare } from '@/lib/client/replica-map';
import type { BrokerRow } from '@/lib/views/brokers';
import { DiskUse, ShareBar } from '@/components/parts/brokers/BrokerCells';
import { DataTable } from '@/components/parts/DataTable';
import { StatusBadge } from '@/components/parts/StatusBadge';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { Chip, EmptyState, linkClass, mutedClass } from '@/components/parts/ui';

const col = createColumnHelper<BrokerRow>();
/** The overview's copy leaves out what the brokers page shows. */
const COMPACT_HIDDEN = ['address', 'rack'];
const bytes = (s: string | null) => (s === null ? undefined : Number(s));

function columns(cluster: string, total: number, up: number) {
  return [
    // State first: on a phone it is what shows without scrolling sideways.
    col.accessor((b) => (b.up ? 0 : 1), {
      id: 'state',
      header: 'State',
      sortDescFirst: true,
      meta: { className: 'whitespace-nowrap' },
      cell: ({ row: { original: b } }) => (
        <>
          <StatusBadge status={b.up ? 'up' : 'down'} /> <span className={`text-xs ${mutedClass}`}>since <TimeAgo at={b.since} /></span>
        </>
      ),
    }),
    col.accessor('id', {
      header: 'Broker',
      sortDescFirst: false,
      meta: { rowHeader: true, className: 'whitespace-nowrap font-semibold tabular-nums' },
      cell: ({ row: { original: b } }) => (
        <>
          <Link href={paths.broker(cluster, b.id)} className={`${linkClass} underline underline-offset-2`} aria-label={`Broker ${b.id}`}>
            {b.id}
          </Link>
          {b.isController && (
            <span className="ml-2">
              <Chip tone="info" title="Active KRaft controller">controller</Chip>
            </span>
          )}
        </>
      ),
    }),
    col.accessor((b) => `${b.host}:${b.port}`, { id: 'address', header: 'Address', enableSorting: false, meta: { className: 'font-mono text-xs leading-5' } }),
    col.accessor('rack', { header: 'Rack', enableSorting: false, cell: ({ getValue }) => getValue() ?? <span className={mutedClass}>—</span> }),
    col.accessor('leaderCount', { header: 'Leaders', meta: { numeric: true } }),
    col.accessor('replicaCount', { header: 'Replicas', meta: { numeric: true } }),
    col.display({
      id: 'share',
      header: 'Leader share',
      cell: ({ row: { original: b } }) => (b.up ? <ShareBar {...leaderShare(b.leaderCount, total, up)} /> : <span className={mutedClass}>—</span>),
    }),
    col.accessor((b) => bytes(b.logBytes), {
      id: 'disk',
      header: 'Disk',
      sortUndefined: 'last',
      meta: { numeric: true, headerTitle: 'Bytes in the log dirs, and how full their volumes are' },
      cell: ({ row: { original: b } }) => <DiskUse logBytes={b.logBytes} totalBytes={b.diskTotalBytes} usableBytes={b.diskUsableBytes} />,
    }),
  ];
}

/**
 * Brokers with their state, load and disk. Leader share is leaders / partitions against an even
 * spread over the brokers that are up; `totalPartitions` defaults to the partitions with a leader.
 */
export function BrokerTable({ cluster, brokers, totalPartitions, compact = false }: { cluster: string; brokers: BrokerRow[]; totalPartitions?: number; compact?: boolean }) {
  const up = brokers.filter((b) => b.up).length;
  const total = totalPartitions ?? brokers.reduce((n, b) => n + b.leaderCount, 0);
  return (
    <DataTable
      label="Brokers"
      data={brokers}
      columns={columns(cluster, total, up)}
      getRowId={(b) => String(b.id)}
      initialSort={[{ id: 'id', desc: false }]}
      hidden={compact ? COMPACT_HIDDEN : undefined}
      rowProps={(b) => ({ 'data-broker': b.id, className: b.up ? '' : 'bg-red-50/70 dark:bg-red-950/30' })}
      empty={<EmptyState title="No brokers seen yet">They appear after the first successful poll.</EmptyState>}
    />
  );
}
