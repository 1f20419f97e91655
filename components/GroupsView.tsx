'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { formatBig, formatCompact } from '@/lib/client/format';
import { formatLagSeconds, GROUP_STATUS_HELP, GROUP_STATUSES, isGroupStatus, statusRank } from '@/lib/client/group-status';
import { navigateTo, paths, withParams } from '@/lib/client/paths';
import { useGroups } from '@/lib/client/queries';
import type { GroupRow } from '@/lib/views/groups';
import { GroupStatusBadge } from './GroupStatusBadge';
import { QueryState } from './QueryState';
import { Sparkline } from './Sparkline';
import { Card, EmptyState, linkClass, rowClass, tdClass, thClass } from './ui';

type SortKey = 'status' | 'lag' | 'seconds' | 'name';
const SORTS: { key: SortKey; label: string }[] = [
  { key: 'status', label: 'Status' },
  { key: 'lag', label: 'Lag (messages)' },
  { key: 'seconds', label: 'Lag (time)' },
  { key: 'name', label: 'Group id' },
];

const lagNum = (g: GroupRow) => (g.totalLag === null ? -1 : Number(g.totalLag));
const secNum = (g: GroupRow) => g.maxLagSeconds ?? -1;

/** Worst first: by the chosen key, then status, then lag in seconds, then messages. */
export function sortGroups(groups: GroupRow[], key: SortKey): GroupRow[] {
  const tie = (a: GroupRow, b: GroupRow) =>
    statusRank(b.status) - statusRank(a.status) || secNum(b) - secNum(a) || lagNum(b) - lagNum(a) || a.groupId.localeCompare(b.groupId);
  const by: Record<SortKey, (a: GroupRow, b: GroupRow) => number> = {
    status: tie,
    lag: (a, b) => lagNum(b) - lagNum(a) || tie(a, b),
    seconds: (a, b) => secNum(b) - secNum(a) || tie(a, b),
    name: (a, b) => a.groupId.localeCompare(b.groupId),
  };
  return [...groups].sort(by[key]);
}

function readSort(v: string | null): SortKey {
  return SORTS.some((s) => s.key === v) ? (v as SortKey) : 'status';
}

function SortHeader({ k, current, onSort, className = '', children }: { k: SortKey; current: SortKey; onSort: (k: SortKey) => void; className?: string; children: string }) {
  const active = current === k;
  return (
    <th scope="col" className={`${thClass} ${className}`} aria-sort={active ? (k === 'name' ? 'ascending' : 'descending') : undefined}>
      <button type="button" onClick={() => onSort(k)} className={`inline-flex items-center gap-0.5 hover:text-slate-900 dark:hover:text-white ${active ? 'font-semibold text-slate-800 dark:text-slate-100' : ''}`}>
        {children}
        <span aria-hidden>{active ? (k === 'name' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );
}

export function GroupsView({ cluster }: { cluster: string }) {
  const sp = useSearchParams();
  const sort = readSort(sp.get('sort'));
  const rawStatus = sp.get('status');
  const status = isGroupStatus(rawStatus) ? rawStatus : null;
  const q = useGroups(cluster);
  const go = (p: { sort?: SortKey; status?: string | null }) =>
    navigateTo(
      withParams(paths.groups(cluster), {
        sort: (p.sort ?? sort) === 'status' ? undefined : (p.sort ?? sort),
        status: (p.status === undefined ? status : p.status) ?? undefined,
      }),
      'replace',
    );

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Consumer groups</h1>
      <Card>
        <QueryState query={q} what="consumer groups">
          {({ groups, noDataReason }) => {
            if (groups.length === 0 && noDataReason) {
              return (
                <EmptyState title="No data yet">
                  <span data-testid="no-data-reason">Kafkascope has not read the consumer groups: {noDataReason}.</span>
                </EmptyState>
              );
            }
            const counts = new Map<string, number>();
            for (const g of groups) counts.set(g.status ?? 'pending', (counts.get(g.status ?? 'pending') ?? 0) + 1);
            const shown = sortGroups(status ? groups.filter((g) => g.status === status) : groups, sort);
            return (
              <>
                <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-3 py-2 text-xs dark:border-slate-800">
                  <span className="text-slate-500 dark:text-slate-400">Status:</span>
                  <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-1">
                    {[null, ...GROUP_STATUSES].map((s) => {
                      const active = status === s;
                      const n = s === null ? groups.length : (counts.get(s) ?? 0);
                      return (
                        <button
                          key={s ?? 'all'}
                          type="button"
                          aria-pressed={active}
                          title={s ? GROUP_STATUS_HELP[s] : 'All groups'}
                          onClick={() => go({ status: s })}
                          className={`rounded border px-2 py-0.5 ${
                            active
                              ? 'border-slate-800 bg-slate-800 text-white dark:border-slate-200 dark:bg-slate-200 dark:text-slate-900'
                              : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800'
                          }`}
                        >
                          {s ?? 'all'} <span className="tabular-nums opacity-80">{n}</span>
                        </button>
                      );
                    })}
                  </div>
                  <span className="ml-auto text-slate-500 dark:text-slate-400" data-testid="groups-count">
                    {shown.length} of {groups.length} groups
                  </span>
                </div>
                {groups.length === 0 ? (
                  <EmptyState title="No consumer groups yet">Groups appear here once a consumer commits offsets in this cluster.</EmptyState>
                ) : shown.length === 0 ? (
                  <EmptyState title={`No groups with status ${status}`}>
                    <button type="button" className={linkClass} onClick={() => go({ status: null })}>
                      Show all groups
                    </button>
                  </EmptyState>
                ) : (
                  <div className="overflow-x-auto">
                    <table className="w-full text-sm">
                      <caption className="sr-only">Consumer groups, worst first</caption>
                      <thead>
                        <tr>
                          <SortHeader k="name" current={sort} onSort={(k) => go({ sort: k })} className="min-w-[12rem]">
                            Group id
                          </SortHeader>
                          <th scope="col" className={thClass}>State</th>
                          <th scope="col" className={`${thClass} text-right`}>Members</th>
                          <th scope="col" className={thClass}>Topics</th>
                          <SortHeader k="lag" current={sort} onSort={(k) => go({ sort: k })} className="text-right">
                            Lag
                          </SortHeader>
                          <SortHeader k="seconds" current={sort} onSort={(k) => go({ sort: k })} className="text-right">
                            Behind
                          </SortHeader>
                          <SortHeader k="status" current={sort} onSort={(k) => go({ sort: k })}>
                            Status
                          </SortHeader>
                          <th scope="col" className={thClass}>Last 30 min</th>
                        </tr>
                      </thead>
                      <tbody>
                        {shown.map((g) => (
                          <tr key={g.groupId} data-group={g.groupId} className={rowClass}>
                            <th scope="row" className={`${tdClass} text-left font-normal`}>
                              <Link prefetch={false} href={paths.group(cluster, g.groupId)} className={`${linkClass} [overflow-wrap:anywhere]`}>
                                {g.groupId}
                              </Link>
                            </th>
                            <td className={`${tdClass} text-xs`}>{g.state}</td>
                            <td className={`${tdClass} text-right tabular-nums`}>{g.members}</td>
                            <td className={`${tdClass} max-w-[16rem] text-xs [overflow-wrap:anywhere]`}>
                              {g.topics.length === 0 ? '—' : g.topics.map((t, i) => (
                                <span key={t}>
                                  {i > 0 && ', '}
                                  <Link prefetch={false} href={paths.topic(cluster, t)} className={linkClass}>
                                    {t}
                                  </Link>
                                </span>
                              ))}
                            </td>
                            <td className={`${tdClass} text-right tabular-nums`} title={g.totalLag === null ? 'No commits yet' : `${formatBig(g.totalLag)} messages`}>
                              {formatCompact(g.totalLag)}
                            </td>
                            <td className={`${tdClass} whitespace-nowrap text-right tabular-nums`}>{formatLagSeconds(g.maxLagSeconds)}</td>
                            <td className={tdClass}>
                              <GroupStatusBadge status={g.status} reason={g.statusReason} />
                            </td>
                            <td className={`${tdClass} py-0.5`}>
                              <Sparkline points={g.spark} label={`Total lag of ${g.groupId} over the last 30 minutes`} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </>
            );
          }}
        </QueryState>
      </Card>
    </div>
  );
}
