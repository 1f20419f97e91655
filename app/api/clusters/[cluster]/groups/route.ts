import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { listGroups } from '@/lib/views/groups';
import { readiness } from '@/lib/views/readiness';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    const id = clusterConfig(cluster).id;
    const [ready, groups] = await Promise.all([readiness(getDb(), id), listGroups(getDb(), id)]);
    return { groups, noDataReason: ready.groups };
  });
}
