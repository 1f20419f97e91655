'use client';

import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import { useIncidents } from '@/lib/client/queries';
import { RANGES, useRange } from '@/lib/client/url-state';
import { IncidentTime, SEVERITY_TONE } from '@/components/parts/incidents/IncidentTime';
import { QueryState } from '@/components/parts/QueryState';
import { RangePicker } from '@/components/parts/RangePicker';
import { Card, Chip, EmptyState, linkClass } from '@/components/parts/ui';

export function IncidentsView({ cluster }: { cluster: string }) {
  const [range, setRange] = useRange(RANGES.incidents);
  const q = useIncidents(cluster, range);
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Incidents</h1>
      <Card title="Incidents, newest first" actions={<RangePicker label="Incident range" value={range} presets={RANGES.incidents.presets} allowCustom onChange={setRange} />}>
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
