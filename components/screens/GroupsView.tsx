'use client';

import { useGroups } from '@/lib/client/queries';
import { GROUP_SORT_DEFAULT_ORDER, orderOf, orderParam, useGroupListState } from '@/lib/client/url-state';
import { GroupStatusFilter } from '@/components/parts/groups/GroupStatusFilter';
import { GroupTable, sortGroups } from '@/components/parts/groups/GroupTable';
import { QueryState } from '@/components/parts/QueryState';
import { Card, EmptyState, ReadProblem, linkClass } from '@/components/parts/ui';

export function GroupsView({ cluster }: { cluster: string }) {
  const [{ status, sort, order: rawOrder }, set] = useGroupListState();
  const order = orderOf(sort, rawOrder, GROUP_SORT_DEFAULT_ORDER);
  const q = useGroups(cluster);

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Consumer groups</h1>
      <Card>
        <QueryState query={q} what="consumer groups">
          {({ groups, noDataReason, readProblem }) => {
            if (groups.length === 0 && noDataReason) {
              return (
                <EmptyState title="No data yet">
                  <span data-testid="no-data-reason">Kafkascope has not read the consumer groups: {noDataReason}.</span>
                </EmptyState>
              );
            }
            const counts = new Map<string, number>();
            for (const g of groups) counts.set(g.status ?? 'pending', (counts.get(g.status ?? 'pending') ?? 0) + 1);
            const shown = sortGroups(status ? groups.filter((g) => g.status === status) : groups, sort, order);
            return (
              <>
                {readProblem && <ReadProblem>The last read of consumer groups was incomplete: {readProblem}.</ReadProblem>}
                <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-3 py-2 text-xs dark:border-slate-800">
                  <span className="text-slate-500 dark:text-slate-400">Status:</span>
                  <GroupStatusFilter value={status} counts={counts} total={groups.length} onChange={(s) => void set({ status: s })} />
                  <span className="ml-auto text-slate-500 dark:text-slate-400" data-testid="groups-count">
                    {shown.length} of {groups.length} groups
                  </span>
                </div>
                {groups.length === 0 ? (
                  <EmptyState title="No consumer groups yet">Groups appear here once a consumer commits offsets in this cluster.</EmptyState>
                ) : shown.length === 0 ? (
                  <EmptyState title={`No groups with status ${status}`}>
                    <button type="button" className={linkClass} onClick={() => void set({ status: null })}>
                      Show all groups
                    </button>
                  </EmptyState>
                ) : (
                  <GroupTable cluster={cluster} groups={shown} sort={sort} order={order} onSort={(k, o) => void set({ sort: k, order: orderParam(k, o, GROUP_SORT_DEFAULT_ORDER) })} />
                )}
              </>
            );
          }}
        </QueryState>
      </Card>
    </div>
  );
}
