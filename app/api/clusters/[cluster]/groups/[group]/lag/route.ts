import { clusterGet } from '@/lib/api/cluster-route';
import { timeRange } from '@/lib/api/params';
import { groupLagSeries } from '@/lib/views/group-lag-series';

export const dynamic = 'force-dynamic';
const HOUR = 3600_000;

export const GET = clusterGet({ group: 'group' }, ({ cfg, seg, p, db }) => {
  const { from, to } = timeRange(p, HOUR);
  return groupLagSeries(db, cfg.id, seg.group, from, to, p.int('step', { min: 1, max: 86_400 }));
});
