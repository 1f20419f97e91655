'use client';

import Link from 'next/link';
import { formatDateTime } from '@/lib/client/format';
import { paths } from '@/lib/client/paths';
import { useIncident } from '@/lib/client/queries';
import type { EventRow } from '@/lib/views/events';
import { EventList } from '@/components/parts/events/EventList';
import { IncidentFacts } from '@/components/parts/incidents/IncidentFacts';
import { IncidentTime, SEVERITY_TONE } from '@/components/parts/incidents/IncidentTime';
import { OfflinePartitions } from '@/components/parts/incidents/OfflinePartitions';
import { QueryState } from '@/components/parts/QueryState';
import { Breadcrumbs, Card, Chip, EmptyState, linkClass } from '@/components/parts/ui';

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
        {({ incident: i, events, truncated, alerts }) => (
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
            {alerts.length > 0 && (
              <p className="text-sm" data-testid="incident-alerts">
                Alerts:{' '}
                {alerts.map((a, n) => (
                  <span key={a.id}>
                    {n > 0 && ', '}
                    <Link prefetch={false} href={paths.alerts(cluster)} className={linkClass}>
                      {a.summary}
                    </Link>{' '}
                    ({a.state}
                    {a.firedAt ? `, fired ${formatDateTime(a.firedAt)}` : ''})
                  </span>
                ))}
              </p>
            )}
            <div className="grid gap-3 lg:grid-cols-2">
              <IncidentFacts cluster={cluster} i={i} />
              <OfflinePartitions cluster={cluster} partitions={i.partitionsOffline} />
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
