'use client';

import { formatDateTime, formatDuration } from '@/lib/client/format';
import type { Interval } from '@/lib/model/intervals';
import type { PartitionIntervals } from '@/lib/views/intervals';
import { Elapsed } from './Elapsed';
import { Chip, linkClass, rowClass, tdClass, thClass } from './ui';

const KINDS = [
  { key: 'offline', label: 'offline', tone: 'bad' },
  { key: 'underMinIsr', label: 'under min ISR', tone: 'bad' },
  { key: 'underReplicated', label: 'under-replicated', tone: 'warn' },
] as const;

/** When each partition of a topic was impaired in the range, as the server derived it from the events. */
export function PartitionHistoryTable({ partitions, watchedFrom, from }: { partitions: PartitionIntervals[]; watchedFrom: string | null; from: string }) {
  const rows = partitions.flatMap((p) => KINDS.flatMap((k) => p[k.key].map((i: Interval) => ({ partition: p.partition, kind: k, i }))));
  rows.sort((a, b) => Date.parse(b.i.start) - Date.parse(a.i.start) || a.partition - b.partition);
  if (rows.length === 0) return null;
  const atStart = (i: Interval) => i.start === watchedFrom && watchedFrom === from;
  return (
    <div className="overflow-x-auto border-b border-slate-100 p-3 dark:border-slate-800">
      <h3 className="mb-1 text-xs font-semibold text-slate-600 dark:text-slate-300">Impaired partitions in this range</h3>
      <table className="w-full max-w-3xl text-sm">
        <thead>
          <tr>
            <th scope="col" className={thClass}>Partition</th>
            <th scope="col" className={thClass}>State</th>
            <th scope="col" className={thClass}>From</th>
            <th scope="col" className={thClass}>Until</th>
            <th scope="col" className={`${thClass} text-right`}>Duration</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ partition, kind, i }) => (
            <tr key={`${partition}-${kind.key}-${i.start}`} className={rowClass} data-partition-interval={kind.key}>
              <th scope="row" className={`${tdClass} text-left tabular-nums`}>
                <a href={`#partition-${partition}`} className={linkClass}>
                  {partition}
                </a>
              </th>
              <td className={tdClass}>
                <Chip tone={kind.tone}>{kind.label}</Chip>
              </td>
              <td className={`${tdClass} tabular-nums`}>{atStart(i) ? 'before this range' : formatDateTime(i.start)}</td>
              <td className={`${tdClass} tabular-nums`}>{i.end ? formatDateTime(i.end) : <Chip tone={kind.tone}>still {kind.label}</Chip>}</td>
              <td className={`${tdClass} text-right tabular-nums`}>
                {i.end ? `${atStart(i) ? '≥ ' : ''}${formatDuration(i.durationMs)}` : <Elapsed since={i.start} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
