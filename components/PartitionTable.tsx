'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatBig } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import type { PartitionRow } from '@/lib/views/topic-detail';
import { Card, Chip, EmptyState, rowClass, tdClass, thClass } from './ui';

function Brokers({ cluster, ids, tone }: { cluster: string; ids: number[]; tone?: 'bad' }) {
  if (ids.length === 0) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <span className="tabular-nums">
      {ids.map((b, i) => (
        <span key={b}>
          {i > 0 && ', '}
          <Link prefetch={false} href={paths.broker(cluster, b)} className={`hover:underline ${tone === 'bad' ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}>
            {b}
          </Link>
        </span>
      ))}
    </span>
  );
}

const hasProblem = (p: PartitionRow) => p.offline || p.underMinIsr || p.underReplicated || p.offlineReplicas.length > 0;

export function PartitionTable({ cluster, partitions }: { cluster: string; partitions: PartitionRow[] }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const problems = partitions.filter(hasProblem).length;
  const rows = onlyProblems ? partitions.filter(hasProblem) : partitions;
  return (
    <Card
      title={`Partitions (${partitions.length})`}
      actions={
        partitions.length > 12 && (
          <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} className="accent-sky-600" />
            Only partitions with problems ({problems})
          </label>
        )
      }
    >
      <div className="relative max-h-[30rem] overflow-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Partitions</caption>
          <thead>
            <tr>
              <th scope="col" className={`${thClass} text-right`}>#</th>
              <th scope="col" className={thClass}>Leader</th>
              <th scope="col" className={thClass}>Replicas</th>
              <th scope="col" className={thClass} title="In-sync replicas; struck-through replicas are out of sync">ISR</th>
              <th scope="col" className={thClass}>Offline replicas</th>
              <th scope="col" className={`${thClass} text-right`}>Start offset</th>
              <th scope="col" className={`${thClass} text-right`}>End offset</th>
              <th scope="col" className={thClass}>Flags</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr
                key={p.partition}
                id={`partition-${p.partition}`}
                data-partition={p.partition}
                className={`${rowClass} scroll-mt-24 ${p.offline ? 'bg-red-50/70 dark:bg-red-950/30' : ''}`}
              >
                <th scope="row" className={`${tdClass} text-right font-semibold tabular-nums`}>
                  {p.partition}
                </th>
                <td className={tdClass}>
                  {p.leader === null ? (
                    <span className="font-semibold text-red-700 dark:text-red-400" data-testid="leader-none">
                      none
                    </span>
                  ) : (
                    <Brokers cluster={cluster} ids={[p.leader]} />
                  )}
                </td>
                <td className={tdClass}>
                  <Brokers cluster={cluster} ids={p.replicas} />
                </td>
                <td className={`${tdClass} tabular-nums`}>
                  {p.isr.length === 0 ? <span className="font-semibold text-red-700 dark:text-red-400">empty</span> : p.isr.join(', ')}
                  {p.outOfSyncReplicas.map((b) => (
                    <span key={b} className="ml-1.5 font-semibold text-amber-700 line-through decoration-2 dark:text-amber-300" title={`Replica ${b} is out of sync`}>
                      {b}
                      <span className="sr-only"> (out of sync)</span>
                    </span>
                  ))}
                </td>
                <td className={tdClass}>
                  <Brokers cluster={cluster} ids={p.offlineReplicas} tone="bad" />
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatBig(p.startOffset)}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{formatBig(p.endOffset)}</td>
                <td className={tdClass}>
                  <span className="inline-flex flex-wrap gap-1">
                    {p.offline && <Chip tone="bad">offline</Chip>}
                    {p.underMinIsr && <Chip tone="bad">under min ISR</Chip>}
                    {p.underReplicated && <Chip tone="warn">under-replicated</Chip>}
                    {!p.offline && p.offlineReplicas.length > 0 && <Chip tone="warn">replica offline</Chip>}
                    {!hasProblem(p) && <span className="text-xs text-slate-500 dark:text-slate-400">ok</span>}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <EmptyState title="No partition has a problem right now" />}
      </div>
    </Card>
  );
}
