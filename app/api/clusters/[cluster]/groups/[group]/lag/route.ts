import { handle } from '@/lib/api/http';
import { Params, timeRange } from '@/lib/api/params';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { groupLagSeries } from '@/lib/views/group-lag-series';

export const dynamic = 'force-dynamic';
const HOUR = 3600_000;

export function GET(req: Request, ctx: { params: Promise<{ cluster: string; group: string }> }) {
  return handle(async () => {
    const { cluster, group } = await ctx.params;
    const cfg = clusterConfig(cluster);
    const p = Params.of(req);
    const { from, to } = timeRange(p, HOUR);
    return groupLagSeries(getDb(), cfg.id, group, from, to, p.int('step', { min: 1, max: 86_400 }));
  });
}
