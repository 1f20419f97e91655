import { badRequest, handle } from '@/lib/api/http';
import { Params, timeRange } from '@/lib/api/params';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { partitionDetail } from '@/lib/views/partition-detail';

export const dynamic = 'force-dynamic';
const DAY = 24 * 3600 * 1000;

export function GET(req: Request, ctx: { params: Promise<{ cluster: string; topic: string; partition: string }> }) {
  return handle(async () => {
    const { cluster, topic, partition } = await ctx.params;
    const cfg = clusterConfig(cluster);
    if (!/^\d{1,9}$/.test(partition)) throw badRequest(`partition must be a non-negative integer, got "${partition}"`);
    return partitionDetail(getDb(), cfg.id, topic, Number(partition), timeRange(Params.of(req), DAY));
  });
}
