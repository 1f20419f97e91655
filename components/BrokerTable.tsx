import type { BrokerRow } from '@/lib/views/brokers';
import { StatusBadge } from './StatusBadge';
import { TimeAgo } from './TimeAgo';

export function BrokerTable({ brokers }: { brokers: BrokerRow[] }) {
  if (brokers.length === 0) return <p className="text-slate-500">No brokers seen yet.</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs uppercase text-slate-500 dark:border-slate-800">
          <th scope="col" className="py-1 pr-3">Broker</th>
          <th scope="col" className="py-1 pr-3">Address</th>
          <th scope="col" className="py-1 pr-3">Rack</th>
          <th scope="col" className="py-1 pr-3">State</th>
          <th scope="col" className="py-1 pr-3 text-right">Leaders</th>
          <th scope="col" className="py-1 pr-3 text-right">Replicas</th>
        </tr>
      </thead>
      <tbody>
        {brokers.map((b) => (
          <tr key={b.id} data-broker={b.id} className="border-b border-slate-100 dark:border-slate-900">
            <td className="py-1 pr-3 font-medium tabular-nums">
              {b.id}
              {b.isController && (
                <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-800 dark:bg-sky-900/50 dark:text-sky-200">controller</span>
              )}
            </td>
            <td className="py-1 pr-3">{b.host}:{b.port}</td>
            <td className="py-1 pr-3">{b.rack ?? '—'}</td>
            <td className="py-1 pr-3">
              <StatusBadge status={b.up ? 'up' : 'down'} /> <span className="text-xs text-slate-500">since <TimeAgo at={b.since} /></span>
            </td>
            <td className="py-1 pr-3 text-right tabular-nums">{b.leaderCount}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{b.replicaCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
