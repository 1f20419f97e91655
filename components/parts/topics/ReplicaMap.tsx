import Link from 'next/link';
import { mapColumns, replicaCell, type ReplicaCell } from '@/lib/client/replica-map';
import { paths } from '@/lib/client/paths';
import type { PartitionRow } from '@/lib/views/topic-detail';

const CELL: Record<ReplicaCell, { label: string; glyph: string; cls: string }> = {
  leader: { label: 'leader', glyph: 'L', cls: 'bg-sky-700 text-white dark:bg-sky-500 dark:text-slate-950' },
  'in-sync': { label: 'in-sync follower', glyph: 'F', cls: 'bg-emerald-200 text-emerald-900 dark:bg-emerald-800/70 dark:text-emerald-100' },
  eligible: { label: 'eligible leader (out of ISR, no data lost)', glyph: 'E', cls: 'bg-teal-100 text-teal-900 dark:bg-teal-800/60 dark:text-teal-100' },
  'out-of-sync': { label: 'out-of-sync follower', glyph: '!', cls: 'hatch bg-amber-200 text-amber-900 dark:bg-amber-700/60 dark:text-amber-100' },
  offline: { label: 'offline replica', glyph: '✕', cls: 'bg-red-600 text-white dark:bg-red-600' },
  none: { label: 'not a replica', glyph: '', cls: 'bg-slate-50 dark:bg-slate-900' },
};

const ORDER: ReplicaCell[] = ['leader', 'in-sync', 'eligible', 'out-of-sync', 'offline', 'none'];

export function ReplicaMapLegend() {
  return (
    <ul className="flex max-w-[19rem] flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-300" aria-label="Legend">
      {ORDER.map((k) => (
        <li key={k} className="flex items-center gap-1">
          <span aria-hidden className={`inline-flex h-4 w-5 items-center justify-center rounded-sm border border-slate-200 text-[10px] font-bold dark:border-slate-700 ${CELL[k].cls}`}>
            {CELL[k].glyph}
          </span>
          {CELL[k].label}
        </li>
      ))}
    </ul>
  );
}

/** Partitions × brokers: who leads, who follows in sync, who is behind or offline. */
export function ReplicaMap({ cluster, topic, partitions, brokers }: { cluster: string; topic: string; partitions: PartitionRow[]; brokers: { id: number; up: boolean }[] }) {
  const down = new Set(brokers.filter((b) => !b.up).map((b) => b.id));
  const cols = mapColumns(partitions, brokers.map((b) => b.id));
  return (
    <div className="relative max-h-[30rem] overflow-auto" data-testid="replica-map">
      <table className="border-separate border-spacing-0.5 text-xs">
        <caption className="sr-only">Replica map of {topic}: one row per partition, one column per broker</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-20 bg-white px-1 text-right font-medium text-slate-500 dark:text-slate-400 dark:bg-slate-900">
              <span className="sr-only">Partition</span>
              <span aria-hidden>P \ B</span>
            </th>
            {cols.map((b) => (
              <th
                key={b}
                scope="col"
                className={`sticky top-0 z-10 min-w-7 bg-white px-1 text-center font-semibold tabular-nums dark:bg-slate-900 ${down.has(b) ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-300'}`}
              >
                <Link prefetch={false} href={paths.broker(cluster, b)} className="hover:underline" title={down.has(b) ? `Broker ${b} (down)` : `Broker ${b}`}>
                  {b}
                  {down.has(b) && <span className="sr-only"> (down)</span>}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {partitions.map((p) => (
            <tr key={p.partition} data-partition={p.partition}>
              <th
                scope="row"
                className={`sticky left-0 z-10 bg-white px-1 text-right font-medium tabular-nums dark:bg-slate-900 ${p.offline ? 'text-red-700 dark:text-red-400' : 'text-slate-500 dark:text-slate-400'}`}
              >
                <a href={`#partition-${p.partition}`} className="hover:underline">
                  {p.partition}
                </a>
              </th>
              {cols.map((b) => {
                const k = replicaCell(p, b, down);
                const c = CELL[k];
                return (
                  <td
                    key={b}
                    data-cell={k}
                    title={`Partition ${p.partition}, broker ${b}: ${c.label}`}
                    className={`h-5 w-7 rounded-sm text-center align-middle text-[10px] font-bold leading-5 ${c.cls} ${k === 'none' ? '' : 'border border-black/5 dark:border-white/10'}`}
                  >
                    <span aria-hidden>{c.glyph}</span>
                    <span className="sr-only">{c.label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
