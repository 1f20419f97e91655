'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { formatBig } from '@/lib/client/format';
import { useQuorum } from '@/lib/client/queries';
import type { QuorumView } from '@/lib/views/quorum';
import { DataTable } from '@/components/parts/DataTable';
import { QueryState } from '@/components/parts/QueryState';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { Card, Chip, EmptyState, mutedClass } from '@/components/parts/ui';

type Replica = QuorumView['replicas'][number];
const col = createColumnHelper<Replica>();

const COLUMNS = [
  col.accessor('replicaId', { header: 'Node', meta: { rowHeader: true, numeric: true } }),
  col.accessor('status', { header: 'Role', cell: ({ getValue }) => <Chip tone={getValue() === 'Leader' ? 'info' : 'neutral'}>{getValue()}</Chip> }),
  col.accessor((r) => Number(r.logEndOffset), { id: 'leo', header: 'Log end offset', meta: { numeric: true }, cell: ({ row }) => formatBig(row.original.logEndOffset) }),
  col.accessor((r) => Number(r.lag), { id: 'lag', header: 'Lag', meta: { numeric: true, headerTitle: "Records behind the leader's log end" }, cell: ({ row }) => formatBig(row.original.lag) }),
  col.accessor((r) => r.lastCaughtUpTimestamp ?? undefined, {
    id: 'caught',
    header: 'Last caught up',
    sortUndefined: 'last',
    cell: ({ row: { original: r } }) => (r.lastCaughtUpTimestamp === null ? <span className={mutedClass}>—</span> : <TimeAgo at={new Date(r.lastCaughtUpTimestamp).toISOString()} />),
  }),
];

/** The KRaft controller quorum, as kafka-metadata-quorum describe --status and --replication show it. */
export function QuorumCard({ cluster }: { cluster: string }) {
  const q = useQuorum(cluster);
  return (
    <Card title="Controller quorum (KRaft)">
      <QueryState query={q} what="the controller quorum">
        {({ quorum }) =>
          quorum === null ? (
            <EmptyState title="Not read yet">The quorum is described on every poll once the cluster answers.</EmptyState>
          ) : (
            <div data-testid="quorum">
              <p className={`px-3 py-1.5 text-xs ${mutedClass}`}>
                Leader node {quorum.leaderId}, epoch {quorum.leaderEpoch}, high watermark {formatBig(quorum.highWatermark)}; max follower lag {formatBig(quorum.maxFollowerLag)}
                {quorum.maxFollowerLagTimeMs !== null ? ` (${quorum.maxFollowerLagTimeMs} ms)` : ''} · read <TimeAgo at={quorum.at} />
              </p>
              <DataTable data={quorum.replicas} columns={COLUMNS} label="Quorum replicas" getRowId={(r) => `${r.replicaId}-${r.status}`} rowProps={(r) => ({ 'data-quorum-replica': r.replicaId })} initialSort={[{ id: 'replicaId', desc: false }]} className="" />
            </div>
          )
        }
      </QueryState>
    </Card>
  );
}
