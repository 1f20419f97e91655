import { handle } from '@/lib/api/http';
import { Params, timeRange } from '@/lib/api/params';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { topicDetail } from '@/lib/views/topic-detail';

export const dynamic = 'force-dynamic';
const HOUR = 3600 * 1000;

export function GET(req: Request, ctx: { params: Promise<{ cluster: string; topic: string }> }) {
  return handle(async () => {
    const { cluster, topic } = await ctx.params;
    const cfg = clusterConfig(cluster);
    return topicDetail(getDb(), cfg.id, topic, timeRange(Params.of(req), HOUR));
  });
}
