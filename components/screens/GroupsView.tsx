'use client';

import Link from 'next/link';
import { paths, type GroupListParams } from '@/lib/client/paths';
import { useGroups } from '@/lib/client/queries';
import { orderOf, orderParam, useGroupListState } from '@/lib/client/url-state';
import { GROUP_SORT_DEFAULT_ORDER } from '@/lib/model/groups';
import { GroupStatusFilter } from '@/components/parts/groups/GroupStatusFilter';
import { GroupTable } from '@/components/parts/groups/GroupTable';
import { Pager, PastTheEnd } from '@/components/parts/Pager';
import { QueryState } from '@/components/parts/QueryState';
import { SearchBox } from '@/components/parts/SearchBox';
import { Card, EmptyState, ReadProblem, linkClass } from '@/components/parts/ui';

export function GroupsView({ cluster }: { cluster: string }) {
  const [p, set] = useGroupListState();
  const order = orderOf(p.sort, p.order, GROUP_SORT_DEFAULT_ORDER);
  const q = useGroups(cluster, p);
  // Links keep the search, sort and page size; a new page or filter is a new history entry.
  const hrefWith = (patch: Partial<GroupListParams>) => paths.groups(cluster, { ...p, page: 1, ...patch });
  const clearHref = paths.groups(cluster, { sort: p.sort, order: p.order, pageSize: p.pageSize });
  const counted = q.data && !(q.data.total === 0 && q.data.noDataReason) ? q.data : null;

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Consumer groups</h1>
      <Card>
        <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-3 py-2 text-xs dark:border-slate-800">
          <SearchBox
            what="groups"
            value={p.q}
            // Typing replaces the URL; it never piles up history entries.
            onCommit={(text) => void set((old) => (old.q === text ? {} : { q: text, page: null }), { history: 'replace' })}
          />
          {/* Counts only once the groups were read: before that there is nothing to count, not 0 of each. */}
          {counted && (
            <>
              <span className="text-slate-500 dark:text-slate-400">Status:</span>
              <GroupStatusFilter value={p.status} counts={new Map(Object.entries(counted.counts))} total={counted.total} onChange={(s) => void set({ status: s, page: null })} />
              <span className="ml-auto text-slate-500 dark:text-slate-400" data-testid="groups-count">
                {counted.matched} of {counted.total} groups
              </span>
            </>
          )}
        </div>
        {q.data?.readProblem && <ReadProblem>The last read of consumer groups was incomplete: {q.data.readProblem}.</ReadProblem>}
        <QueryState query={q} what="consumer groups">
          {(d) => {
            if (d.groups.length === 0) {
              if (d.matched > 0 && p.page > 1) return <PastTheEnd page={p.page} total={d.matched} pageSize={d.pageSize} hrefFor={(page) => hrefWith({ page })} />;
              if (p.q || p.status)
                return (
                  <EmptyState title={`No groups ${[p.q ? `with “${p.q}” in their id` : null, p.status ? `with status ${p.status}` : null].filter(Boolean).join(' and ')}`}>
                    <Link href={clearHref} className={linkClass}>
                      Show all groups
                    </Link>
                  </EmptyState>
                );
              if (d.noDataReason)
                return (
                  <EmptyState title="No data yet">
                    <span data-testid="no-data-reason">Kafkascope has not read the consumer groups: {d.noDataReason}.</span>
                  </EmptyState>
                );
              return <EmptyState title="No consumer groups yet">Groups appear here once a consumer commits offsets in this cluster.</EmptyState>;
            }
            return (
              <div className={q.isPlaceholderData ? 'opacity-60 transition-opacity' : ''} aria-busy={q.isPlaceholderData}>
                <GroupTable
                  cluster={cluster}
                  groups={d.groups}
                  sort={p.sort}
                  order={order}
                  onSort={(k, o) => void set({ sort: k, order: orderParam(k, o, GROUP_SORT_DEFAULT_ORDER), page: null })}
                />
                <Pager noun="groups" page={d.page} pageSize={d.pageSize} shown={d.groups.length} total={d.matched} hrefFor={(page) => hrefWith({ page })} onPageSize={(n) => void set({ pageSize: n, page: null })} />
              </div>
            );
          }}
        </QueryState>
      </Card>
    </div>
  );
}
