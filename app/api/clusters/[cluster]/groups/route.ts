import { clusterGet } from '@/lib/api/cluster-route';
import { listGroups } from '@/lib/views/groups';
import { readiness } from '@/lib/views/readiness';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, async ({ cfg, db }) => {
  const [ready, groups] = await Promise.all([readiness(db, cfg.id), listGroups(db, cfg.id)]);
  return { groups, noDataReason: ready.groups };
});
