import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { groupDetail } from '@/lib/views/groups';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ cluster: string; group: string }> }) {
  return handle(async () => {
    const { cluster, group } = await ctx.params;
    return groupDetail(getDb(), clusterConfig(cluster).id, group);
  });
}
