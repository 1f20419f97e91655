'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import type { GroupDetail } from '@/lib/views/groups';
import { DataTable } from '@/components/parts/DataTable';
import { Card, EmptyState, linkClass } from '@/components/parts/ui';

type Member = GroupDetail['members'][number];
const col = createColumnHelper<Member>();

function columns(cluster: string) {
  return [
    col.accessor('memberId', { header: 'Member id', meta: { className: 'font-mono text-xs [overflow-wrap:anywhere]' } }),
    col.accessor('clientId', { header: 'Client id', meta: { className: '[overflow-wrap:anywhere]' } }),
    col.accessor('clientHost', { header: 'Host', meta: { className: 'font-mono text-xs' } }),
    col.accessor('assignment', {
      header: 'Assigned partitions',
      meta: { className: 'text-xs' },
      cell: ({ getValue }) =>
        getValue().length === 0
          ? '—'
          : getValue().map((a) => (
              <div key={a.topic} className="[overflow-wrap:anywhere]">
                <Link prefetch={false} href={paths.topic(cluster, a.topic)} className={linkClass}>
                  {a.topic}
                </Link>
                : <span className="tabular-nums">{[...a.partitions].sort((x, y) => x - y).join(', ')}</span>
              </div>
            )),
    }),
  ];
}

export function GroupMembers({ cluster, d }: { cluster: string; d: GroupDetail }) {
  return (
    <Card title={`Members (${d.members.length})`}>
      <DataTable
        label="Members"
        data={d.members}
        columns={columns(cluster)}
        getRowId={(m) => m.memberId}
        empty={<EmptyState title="No members connected">Nobody is consuming for this group right now.</EmptyState>}
      />
    </Card>
  );
}
