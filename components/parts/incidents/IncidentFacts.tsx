import Link from 'next/link';
import { formatDuration } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import type { Interval } from '@/lib/model/intervals';
import type { IncidentDetail } from '@/lib/views/incidents';
import { IncidentTime } from '@/components/parts/incidents/IncidentTime';
import { Card, linkClass } from '@/components/parts/ui';

function IntervalText({ i }: { i: Interval }) {
  return (
    <span className="tabular-nums">
      <IncidentTime i={i} />
    </span>
  );
}

/** What an incident did: brokers down, leaders moved, ISR shrinks, partitions, groups, topics. */
export function IncidentFacts({ cluster, i }: { cluster: string; i: IncidentDetail['incident'] }) {
  return (
    <Card title="What happened">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 p-3 text-sm">
        {i.clusterUnreachable.length > 0 && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Cluster unreachable</dt>
            <dd>
              {i.clusterUnreachable.map((u) => (
                <div key={u.start}>
                  <IntervalText i={u} />
                </div>
              ))}
            </dd>
          </>
        )}
        <dt className="text-slate-500 dark:text-slate-400">Brokers down</dt>
        <dd>
          {i.brokersDown.length === 0
            ? 'none'
            : i.brokersDown.map((b) => (
                <div key={b.brokerId}>
                  <Link prefetch={false} href={paths.broker(cluster, b.brokerId)} className={linkClass}>
                    Broker {b.brokerId}
                  </Link>
                  {b.intervals.map((iv) => (
                    <div key={iv.start} className="text-xs">
                      <IntervalText i={iv} />
                    </div>
                  ))}
                </div>
              ))}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Leaders moved</dt>
        <dd className="tabular-nums">{i.leadersMoved}</dd>
        <dt className="text-slate-500 dark:text-slate-400">ISR shrank on</dt>
        <dd className="tabular-nums">{i.isrShrinks} partition{i.isrShrinks === 1 ? '' : 's'}</dd>
        <dt className="text-slate-500 dark:text-slate-400">Under min ISR</dt>
        <dd className="tabular-nums">
          {i.partitionsUnderMinIsr.count} partition{i.partitionsUnderMinIsr.count === 1 ? '' : 's'}
          {i.partitionsUnderMinIsr.count > 0 && `, longest ${formatDuration(i.partitionsUnderMinIsr.maxDurationMs)}`}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Groups behind</dt>
        <dd>
          {i.groupsBehind.length === 0
            ? 'none'
            : i.groupsBehind.map((g, n) => (
                <span key={g}>
                  {n > 0 && ', '}
                  <Link prefetch={false} href={paths.group(cluster, g)} className={linkClass}>
                    {g}
                  </Link>
                </span>
              ))}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">Affected topics</dt>
        <dd className="[overflow-wrap:anywhere]">
          {i.topics.length === 0
            ? 'none'
            : i.topics.map((t, n) => (
                <span key={t}>
                  {n > 0 && ', '}
                  <Link prefetch={false} href={paths.topic(cluster, t)} className={linkClass}>
                    {t}
                  </Link>
                </span>
              ))}
        </dd>
      </dl>
    </Card>
  );
}
