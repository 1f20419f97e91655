import { clusterGet } from '@/lib/api/cluster-route';
import { SORT_ORDERS, TOPIC_SORT_DEFAULT_ORDER, TOPIC_SORTS } from '@/lib/model/topics';
import { hiddenTopicsProblem } from '@/lib/views/read-problems';
import { readiness } from '@/lib/views/readiness';
import { listTopics, TOPIC_STATUS } from '@/lib/views/topics';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, async ({ cfg, p, db }) => {
  const key = p.oneOf('sort', TOPIC_SORTS) ?? 'name';
  const order = p.oneOf('order', SORT_ORDERS) ?? TOPIC_SORT_DEFAULT_ORDER[key];
  const query = {
    q: p.string('q'),
    status: p.oneOf('status', TOPIC_STATUS),
    includeInternal: p.bool('internal', true),
    page: p.int('page', { min: 1, max: 1_000_000, def: 1 }) ?? 1,
    pageSize: p.int('pageSize', { min: 1, max: 500, def: 50 }) ?? 50,
    sort: { key, order },
  };
  const [ready, page, readProblem] = await Promise.all([readiness(db, cfg.id), listTopics(db, cfg.id, query), hiddenTopicsProblem(db, cfg.id)]);
  return { ...page, noDataReason: ready.cluster, readProblem };
});
