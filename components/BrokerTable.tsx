import Link from 'next/link';
import { formatPercent } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { leaderShare } from '@/lib/client/replica-map';
import type { BrokerRow } from '@/lib/views/brokers';
import { StatusBadge } from './StatusBadge';
import { TimeAgo } from './TimeAgo';
import { Chip, linkClass, rowClass, tdClass, thClass } from './ui';

function ShareBar({ share, fair, skewed }: { share: number; fair: number; skewed: boolean }) {
  return (
    <span className="flex items-center gap-2">
      <span className="relative inline-block h-2 w-20 shrink-0 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" aria-hidden>
        <span className={`absolute inset-y-0 left-0 ${skewed ? 'bg-amber-500' : 'bg-sky-500'}`} style={{ width: `${Math.min(100, share * 100)}%` }} />
        <span className="absolute inset-y-0 w-0.5 bg-slate-700 dark:bg-slate-200" style={{ left: `${Math.min(100, fair * 100)}%` }} />
      </span>
      <span className={`tabular-nums ${skewed ? 'font-semibold text-amber-700 dark:text-amber-300' : ''}`}>{formatPercent(share)}</span>
      <span className="text-xs text-slate-500 dark:text-slate-400">fair {formatPercent(fair)}</span>
      {skewed && <Chip tone="warn" title="This broker leads far more partitions than an even spread would give it">skewed</Chip>}
    </span>
  );
}

/**
 * Brokers with their state and load. Leader share is leaders / partitions against an even
 * spread over the brokers that are up; `totalPartitions` defaults to the partitions with a leader.
 */
export function BrokerTable({ cluster, brokers, totalPartitions }: { cluster: string; brokers: BrokerRow[]; totalPartitions?: number }) {
  if (brokers.length === 0) return <p className="p-3 text-sm text-slate-500 dark:text-slate-400">No brokers seen yet. They appear after the first successful poll.</p>;
  const up = brokers.filter((b) => b.up).length;
  const total = totalPartitions ?? brokers.reduce((n, b) => n + b.leaderCount, 0);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Brokers</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Broker</th>
            <th scope="col" className={thClass}>Address</th>
            <th scope="col" className={thClass}>Rack</th>
            <th scope="col" className={thClass}>State</th>
            <th scope="col" className={`${thClass} text-right`}>Leaders</th>
            <th scope="col" className={`${thClass} text-right`}>Replicas</th>
            <th scope="col" className={thClass}>Leader share</th>
          </tr>
        </thead>
        <tbody>
          {brokers.map((b) => {
            const s = leaderShare(b.leaderCount, total, up);
            return (
              <tr key={b.id} data-broker={b.id} className={`${rowClass} ${b.up ? '' : 'bg-red-50/70 dark:bg-red-950/30'}`}>
                <th scope="row" className={`${tdClass} text-left font-semibold tabular-nums`}>
                  <Link href={paths.broker(cluster, b.id)} className={`${linkClass} underline underline-offset-2`} aria-label={`Broker ${b.id}`}>
                    {b.id}
                  </Link>
                  {b.isController && (
                    <span className="ml-2">
                      <Chip tone="info" title="Active KRaft controller">controller</Chip>
                    </span>
                  )}
                </th>
                <td className={`${tdClass} font-mono text-xs leading-5`}>
                  {b.host}:{b.port}
                </td>
                <td className={tdClass}>{b.rack ?? <span className="text-slate-500 dark:text-slate-400">—</span>}</td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <StatusBadge status={b.up ? 'up' : 'down'} /> <span className="text-xs text-slate-500 dark:text-slate-400">since <TimeAgo at={b.since} /></span>
                </td>
                <td className={`${tdClass} text-right tabular-nums`}>{b.leaderCount}</td>
                <td className={`${tdClass} text-right tabular-nums`}>{b.replicaCount}</td>
                <td className={tdClass}>{b.up ? <ShareBar {...s} /> : <span className="text-slate-500 dark:text-slate-400">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
