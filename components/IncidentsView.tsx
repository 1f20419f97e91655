'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { formatDuration } from '@/lib/client/format';
import { navigateTo, paths, withParams } from '@/lib/client/paths';
import { useIncident, useIncidents } from '@/lib/client/queries';
import { rangeParams, readRange, type RangeSel } from '@/lib/client/time-range';
import type { EventRow } from '@/lib/views/events';
import type { Interval } from '@/lib/model/intervals';
import { EventList } from './EventList';
import { IncidentTime, SEVERITY_TONE } from './OverviewPanels';
import { QueryState } from './QueryState';
import { RangePicker } from './RangePicker';
import { Breadcrumbs, Card, Chip, EmptyState, linkClass, rowClass, tdClass, thClass } from './ui';

const PRESETS = ['24h', '7d', '30d'] as const;

export function IncidentsView({ cluster }: { cluster: string }) {
  const sp = useSearchParams();
  const range = readRange(sp, PRESETS, '7d');
  const q = useIncidents(cluster, range);
  const setRange = (sel: RangeSel) => navigateTo(withParams(paths.incidents(cluster), rangeParams(sel, '7d')), 'replace');
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Incidents</h1>
      <Card title="Incidents, newest first" actions={<RangePicker label="Incident range" value={range} presets={[...PRESETS]} allowCustom onChange={setRange} />}>
        <QueryState query={q} what="incidents">
          {(d) => (
            <>
              {d.truncated && (
                <p className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-200">
                  Too many events to read them all: incidents that began before {new Date(d.coveredFrom).toLocaleString()} may be missing or partial.
                </p>
              )}
              {d.incidents.length === 0 ? (
                <EmptyState title="No incidents in this range">Broker outages, offline partitions and lagging consumer groups are grouped into incidents here.</EmptyState>
              ) : (
                <ol className="divide-y divide-slate-100 dark:divide-slate-800/70" aria-label="Incidents">
                  {d.incidents.map((i) => (
                    <li key={i.id} data-incident={i.id} data-severity={i.severity} className="px-3 py-2 text-sm">
                      <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                        <Chip tone={SEVERITY_TONE[i.severity] ?? 'neutral'}>{i.severity}</Chip>
                        <Link prefetch={false} href={paths.incident(cluster, i.id)} className={`${linkClass} font-semibold`}>
                          {i.title}
                        </Link>
                        <span className="ml-auto text-xs">
                          <IncidentTime i={i} />
                        </span>
                      </div>
                      <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-300">{i.summary}</p>
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
        </QueryState>
      </Card>
    </div>
  );
}

function IntervalText({ i }: { i: Interval }) {
  return (
    <span className="tabular-nums">
      <IncidentTime i={i} />
    </span>
  );
}

export function IncidentDetailView({ cluster, id }: { cluster: string; id: string }) {
  const q = useIncident(cluster, id);
  return (
    <div className="space-y-3">
      <Breadcrumbs items={[{ label: 'Incidents', href: paths.incidents(cluster) }, { label: `Incident ${id}` }]} />
      <QueryState
        query={q}
        what={`incident ${id}`}
        notFound={
          <EmptyState title={`Incident ${id} is not known in this cluster`}>
            <Link href={paths.incidents(cluster)} className={linkClass}>
              See the incidents that are
            </Link>
          </EmptyState>
        }
      >
        {({ incident: i, events, truncated }) => (
          <>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h1 className="text-lg font-semibold">{i.title}</h1>
              <Chip tone={SEVERITY_TONE[i.severity] ?? 'neutral'}>{i.severity}</Chip>
              <span className="text-sm">
                <IncidentTime i={i} />
              </span>
            </div>
            <p className="text-sm text-slate-700 dark:text-slate-200">{i.summary}</p>
            {i.previousId && (
              <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="recurrence">
                A recurrence: the same kind of failure ended shortly before, in{' '}
                <Link prefetch={false} href={paths.incident(cluster, i.previousId)} className={linkClass}>
                  incident {i.previousId}
                </Link>
                .
              </p>
            )}
            <div className="grid gap-3 lg:grid-cols-2">
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
              <Card title={`Partitions offline (${i.partitionsOffline.length})`}>
                {i.partitionsOffline.length === 0 ? (
                  <EmptyState title="No partition went offline" />
                ) : (
                  <div className="max-h-80 overflow-auto">
                    <table className="w-full text-sm">
                      <caption className="sr-only">Partitions offline</caption>
                      <thead>
                        <tr>
                          <th scope="col" className={thClass}>Partition</th>
                          <th scope="col" className={thClass}>Offline</th>
                          <th scope="col" className={`${thClass} text-right`}>Total</th>
                        </tr>
                      </thead>
                      <tbody>
                        {i.partitionsOffline.map((p) => (
                          <tr key={`${p.topic}\u0000${p.partition}`} className={rowClass}>
                            <td className={`${tdClass} [overflow-wrap:anywhere]`}>
                              <Link prefetch={false} href={paths.topic(cluster, p.topic, p.partition)} className={linkClass}>
                                {p.topic}-{p.partition}
                              </Link>
                            </td>
                            <td className={`${tdClass} text-xs`}>
                              {p.intervals.map((iv) => (
                                <div key={iv.start}>
                                  <IntervalText i={iv} />
                                </div>
                              ))}
                            </td>
                            <td className={`${tdClass} text-right tabular-nums`}>{formatDuration(p.durationMs)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </Card>
            </div>
            <Card title={`Event sequence (${events.length})`}>
              {truncated && <p className="px-3 py-1.5 text-xs text-amber-800 dark:text-amber-200">More events follow; the incident may go on past the last one shown.</p>}
              <EventList cluster={cluster} events={[...events].reverse() as EventRow[]} />
            </Card>
          </>
        )}
      </QueryState>
    </div>
  );
}
