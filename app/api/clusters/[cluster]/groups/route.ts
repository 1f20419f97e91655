import { clusterGet } from '@/lib/api/cluster-route';
import { GROUP_SORT_DEFAULT_ORDER, GROUP_SORTS } from '@/lib/model/groups';
import { DEFAULT_PAGE_SIZE } from '@/lib/model/paging';
import { LAG_STATUSES } from '@/lib/model/lag';
import { SORT_ORDERS } from '@/lib/model/topics';
import { listGroups } from '@/lib/views/groups';
import { lastPhaseProblem } from '@/lib/views/read-problems';
import { readiness } from '@/lib/views/readiness';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, async ({ cfg, p, db }) => {
  const key = p.oneOf('sort', GROUP_SORTS) ?? 'status';
  const query = {
    q: p.string('q'),
    status: p.oneOf('status', LAG_STATUSES),
    behind: p.bool('behind', false),
    page: p.int('page', { min: 1, max: 1_000_000, def: 1 }),
    pageSize: p.int('pageSize', { min: 1, max: 500, def: DEFAULT_PAGE_SIZE }),
    sort: { key, order: p.oneOf('order', SORT_ORDERS) ?? GROUP_SORT_DEFAULT_ORDER[key] },
  };
  const [ready, page, readProblem] = await Promise.all([readiness(db, cfg.id), listGroups(db, cfg.id, query), lastPhaseProblem(db, cfg.id, 'groups')]);
  return { ...page, noDataReason: ready.groups, readProblem };
});
