import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/views/clusters';
import { listGroups } from '@/lib/views/groups';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    return { groups: await listGroups(getDb(), clusterConfig(cluster).id) };
  });
}
