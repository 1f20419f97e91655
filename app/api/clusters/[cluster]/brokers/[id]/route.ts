import { badRequest, handle } from '@/lib/api/http';
import { Params, timeRange } from '@/lib/api/params';
import { getDb } from '@/lib/store/client';
import { brokerDetail } from '@/lib/views/broker-detail';
import { clusterConfig } from '@/lib/config/clusters';

export const dynamic = 'force-dynamic';
const DAY = 24 * 3600 * 1000;

export function GET(req: Request, ctx: { params: Promise<{ cluster: string; id: string }> }) {
  return handle(async () => {
    const { cluster, id } = await ctx.params;
    const cfg = clusterConfig(cluster);
    if (!/^\d{1,9}$/.test(id)) throw badRequest(`broker id must be a non-negative integer, got "${id}"`);
    return brokerDetail(getDb(), cfg.id, Number(id), timeRange(Params.of(req), DAY));
  });
}
