'use client';

import Link from 'next/link';
import { formatBig } from '@/lib/client/format';
import { GROUP_STATUS_HELP, GROUP_STATUSES, statusTone } from '@/lib/client/group-status';
import { paths } from '@/lib/client/paths';
import { OVERVIEW_INCIDENTS, OVERVIEW_TOP_GROUPS } from '@/lib/client/list-queries';
import { useGroups, useIncidents } from '@/lib/client/queries';
import { GroupStatusBadge } from '@/components/parts/groups/GroupStatusBadge';
import { LagSeconds } from '@/components/parts/groups/LagSeconds';
import { IncidentTime, SEVERITY_TONE } from '@/components/parts/incidents/IncidentTime';
import { QueryState } from '@/components/parts/QueryState';
import { Card, Chip, EmptyState, linkClass } from '@/components/parts/ui';

export function GroupsPanel({ cluster }: { cluster: string }) {
  // The five groups furthest behind in time, and the status counts of all of them, in one request.
  const q = useGroups(cluster, OVERVIEW_TOP_GROUPS);
  return (
    <Card
      title="Consumer groups"
      actions={
        <Link href={paths.groups(cluster)} className={`${linkClass} text-xs`}>
          All groups →
        </Link>
      }
    >
      <QueryState query={q} what="consumer groups">
        {({ groups, counts, total, noDataReason }) => {
          if (total === 0 && noDataReason) return <EmptyState title="No data yet">Consumer groups: {noDataReason}.</EmptyState>;
          if (total === 0) return <EmptyState title="No consumer groups yet">Groups appear once a consumer commits offsets.</EmptyState>;
          return (
            <div className="space-y-2 p-3">
              <ul aria-label="Groups by status" className="flex flex-wrap gap-1.5 text-xs">
                {GROUP_STATUSES.map((s) => {
                  const n = counts[s] ?? 0;
                  return (
                    <li key={s} data-status-count={s}>
                      <Link href={paths.groups(cluster, { status: s })} title={GROUP_STATUS_HELP[s]} className="hover:opacity-80">
                        <Chip tone={n === 0 ? 'neutral' : statusTone(s)}>
                          {s} <span className="ml-1 tabular-nums">{n}</span>
                        </Chip>
                      </Link>
                    </li>
                  );
                })}
              </ul>
              <h3 className="text-xs font-medium text-slate-500 dark:text-slate-400">Top lagging groups</h3>
              {groups.length === 0 ? (
                <p className="text-sm text-slate-500 dark:text-slate-400">Every group is caught up.</p>
              ) : (
                <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800/70" aria-label="Top lagging groups">
                  {groups.map((g) => (
                    <li key={g.groupId} className="flex items-center gap-2 py-1">
                      <Link prefetch={false} href={paths.group(cluster, g.groupId)} className={`${linkClass} min-w-0 flex-1 truncate`}>
                        {g.groupId}
                      </Link>
                      <span className="whitespace-nowrap tabular-nums text-slate-600 dark:text-slate-300"><LagSeconds seconds={g.maxLagSeconds} estimate={g.maxLagSecondsEstimate} />
                      </span>
                      <span className="w-20 whitespace-nowrap text-right text-xs tabular-nums text-slate-500 dark:text-slate-400">{formatBig(g.totalLag)} msg</span>
                      <GroupStatusBadge status={g.status} reason={g.statusReason} />
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        }}
      </QueryState>
    </Card>
  );
}

export function IncidentsPanel({ cluster }: { cluster: string }) {
  const q = useIncidents(cluster, OVERVIEW_INCIDENTS);
  return (
    <Card
      title="Latest incidents"
      actions={
        <Link href={paths.incidents(cluster)} className={`${linkClass} text-xs`}>
          All incidents →
        </Link>
      }
    >
      <QueryState query={q} what="incidents">
        {(d) =>
          d.incidents.length === 0 ? (
            <EmptyState title="No incidents in the last 7 days">Broker outages, offline partitions and lagging groups are grouped into incidents here.</EmptyState>
          ) : (
            <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800/70" aria-label="Latest incidents">
              {d.incidents.slice(0, 5).map((i) => (
                <li key={i.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5 px-3 py-1.5">
                  <Chip tone={SEVERITY_TONE[i.severity] ?? 'neutral'}>{i.severity}</Chip>
                  <Link prefetch={false} href={paths.incident(cluster, i.id)} className={`${linkClass} font-medium`}>
                    {i.title}
                  </Link>
                  <span className="ml-auto text-xs">
                    <IncidentTime i={i} />
                  </span>
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </Card>
  );
}
