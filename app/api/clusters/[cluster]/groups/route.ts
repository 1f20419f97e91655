import { clusterGet } from '@/lib/api/cluster-route';
import { listGroups } from '@/lib/views/groups';
import { lastPhaseProblem } from '@/lib/views/read-problems';
import { readiness } from '@/lib/views/readiness';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, async ({ cfg, db }) => {
  const [ready, groups, readProblem] = await Promise.all([readiness(db, cfg.id), listGroups(db, cfg.id), lastPhaseProblem(db, cfg.id, 'groups')]);
  return { groups, noDataReason: ready.groups, readProblem };
});
