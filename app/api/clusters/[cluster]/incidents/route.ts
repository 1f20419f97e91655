import { handle } from '@/lib/api/http';
import { Params, timeRange } from '@/lib/api/params';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { listIncidents } from '@/lib/views/incidents';

export const dynamic = 'force-dynamic';
const WEEK = 7 * 24 * 3600 * 1000;

export function GET(req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    const cfg = clusterConfig(cluster);
    return listIncidents(getDb(), cfg.id, timeRange(Params.of(req), WEEK));
  });
}
