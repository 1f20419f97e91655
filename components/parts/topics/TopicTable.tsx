'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { formatBig, formatBytes, formatCompact } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { TOPIC_SORT_DEFAULT_ORDER, TOPIC_SORTS, type SortOrder, type TopicSort } from '@/lib/model/topics';
import type { TopicRow } from '@/lib/views/topics';
import { DataTable, urlSort } from '@/components/parts/DataTable';
import { Chip, linkClass, mutedClass } from '@/components/parts/ui';

const col = createColumnHelper<TopicRow>();
const descFirst = (key: TopicSort) => TOPIC_SORT_DEFAULT_ORDER[key] === 'desc';

/** Partitions offline, under min ISR, under-replicated: each as a chip, or "ok". */
function Problems({ t }: { t: TopicRow }) {
  const none = t.offlinePartitions + t.underMinIsrPartitions + t.underReplicatedPartitions === 0;
  if (none) return <span className={`text-xs ${mutedClass}`}>ok</span>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {t.offlinePartitions > 0 && <Chip tone="bad" title="Partitions without a live leader">{t.offlinePartitions} offline</Chip>}
      {t.underMinIsrPartitions > 0 && <Chip tone="bad" title="Partitions with fewer in-sync replicas than min.insync.replicas">{t.underMinIsrPartitions} under min ISR</Chip>}
      {t.underReplicatedPartitions > 0 && <Chip tone="warn" title="Partitions whose ISR is smaller than the replica list">{t.underReplicatedPartitions} under-replicated</Chip>}
    </span>
  );
}

function MinIsr({ t }: { t: TopicRow }) {
  if (t.minInsyncReplicas === null) return <span className={mutedClass}>?</span>;
  const risk = t.replicationFactor > 1 && t.minInsyncReplicas >= t.replicationFactor;
  if (!risk) return <>{t.minInsyncReplicas}</>;
  return (
    <span className="font-semibold text-amber-700 dark:text-amber-300" title="min.insync.replicas ≥ RF: one broker down blocks acks=all writes">
      {t.minInsyncReplicas}
    </span>
  );
}

function columns(cluster: string) {
  return [
    // Status first: on a phone it is what shows without scrolling sideways.
    col.accessor((t) => [t.offlinePartitions, t.underMinIsrPartitions, t.underReplicatedPartitions].join(','), {
      id: 'problems',
      header: 'Status',
      sortDescFirst: descFirst('problems'),
      meta: { headerTitle: 'Partitions offline, under min ISR or under-replicated' },
      cell: ({ row }) => <Problems t={row.original} />,
    }),
    col.accessor('name', {
      header: 'Topic',
      sortDescFirst: descFirst('name'),
      meta: { rowHeader: true, className: 'min-w-[12rem]' },
      cell: ({ row: { original: t } }) => (
        <>
          <Link prefetch={false} href={paths.topic(cluster, t.name)} className={`${linkClass} [overflow-wrap:anywhere]`}>
            {t.name}
          </Link>
          {t.internal && (
            <span className="ml-2">
              <Chip>internal</Chip>
            </span>
          )}
        </>
      ),
    }),
    col.accessor('partitions', { header: 'Partitions', sortDescFirst: descFirst('partitions'), meta: { numeric: true } }),
    col.accessor('replicationFactor', {
      id: 'rf',
      header: 'RF',
      enableSorting: false,
      meta: { numeric: true, headerTitle: 'Replication factor' },
      cell: ({ getValue }) =>
        getValue() === 1 ? (
          <Chip tone="bad" title="Replication factor 1: a single broker failure makes this topic unavailable, and a lost disk loses its data">
            1 · risk
          </Chip>
        ) : (
          getValue()
        ),
    }),
    col.display({ id: 'minIsr', header: 'Min ISR', meta: { numeric: true, headerTitle: 'min.insync.replicas' }, cell: ({ row }) => <MinIsr t={row.original} /> }),
    col.accessor('messages', {
      header: 'Messages',
      sortDescFirst: descFirst('messages'),
      meta: { numeric: true, headerTitle: 'Messages currently retained (end − start offsets)' },
      cell: ({ getValue }) => <span title={getValue() === null ? 'Offsets not read yet' : formatBig(getValue())}>{formatCompact(getValue())}</span>,
    }),
    col.accessor('sizeBytes', {
      id: 'size',
      header: 'Size',
      sortDescFirst: descFirst('size'),
      meta: { numeric: true, headerTitle: 'Bytes on disk (leader replicas)' },
      cell: ({ getValue }) => <span title={getValue() === null ? 'Log dirs not read yet' : `${formatBig(getValue())} bytes`}>{formatBytes(getValue())}</span>,
    }),
  ];
}


/** One page of topics, sorted by the server: the headers only say which order to ask for. */
export function TopicTable({ cluster, topics, sort, order, onSort }: { cluster: string; topics: TopicRow[]; sort: TopicSort; order: SortOrder; onSort: (sort: TopicSort, order: SortOrder) => void }) {
  return (
    <DataTable
      label="Topics"
      data={topics}
      columns={columns(cluster)}
      getRowId={(t) => t.name}
      sort={urlSort(TOPIC_SORTS, sort, order, onSort)}
      rowProps={(t) => ({ 'data-topic': t.name, className: t.offlinePartitions > 0 ? 'bg-red-50/70 dark:bg-red-950/30' : '' })}
    />
  );
}
