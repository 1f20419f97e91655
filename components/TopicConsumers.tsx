'use client';

import Link from 'next/link';
import { formatBig } from '@/lib/client/format';
import { formatLagSeconds } from '@/lib/client/group-status';
import { paths } from '@/lib/client/paths';
import type { TopicConsumer } from '@/lib/views/topic-detail';
import { GroupStatusBadge } from './GroupStatusBadge';
import { Card, EmptyState, linkClass, rowClass, tdClass, thClass } from './ui';

/** The consumer groups reading a topic, worst first, with their lag on it. */
export function TopicConsumers({ cluster, consumers }: { cluster: string; consumers: TopicConsumer[] }) {
  return (
    <Card title={`Consumed by ${consumers.length} group${consumers.length === 1 ? '' : 's'}`} className="min-w-0">
      {consumers.length === 0 ? (
        <EmptyState title="No consumer group reads this topic">No group has committed offsets or is assigned partitions of it.</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" aria-label="Consumer groups reading this topic">
            <thead>
              <tr>
                <th scope="col" className={thClass}>Status</th>
                <th scope="col" className={thClass}>Group</th>
                <th scope="col" className={`${thClass} text-right`}>Behind</th>
                <th scope="col" className={`${thClass} text-right`}>Lag (msg)</th>
                <th scope="col" className={`${thClass} text-right`}>Partitions</th>
                <th scope="col" className={thClass}>State</th>
              </tr>
            </thead>
            <tbody>
              {consumers.map((c) => (
                <tr key={c.groupId} className={rowClass} data-consumer={c.groupId}>
                  <td className={tdClass}>
                    <GroupStatusBadge status={c.status} />
                  </td>
                  <th scope="row" className={`${tdClass} text-left font-normal [overflow-wrap:anywhere]`}>
                    <Link prefetch={false} href={paths.group(cluster, c.groupId)} className={linkClass}>
                      {c.groupId}
                    </Link>
                  </th>
                  <td className={`${tdClass} text-right tabular-nums`}>{formatLagSeconds(c.maxLagSeconds)}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{formatBig(c.lag)}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{c.partitions}</td>
                  <td className={`${tdClass} text-slate-600 dark:text-slate-300`}>{c.state ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
