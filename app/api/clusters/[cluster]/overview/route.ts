import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { overview } from '@/lib/views/overview';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    return overview(getDb(), clusterConfig(cluster));
  });
}
