import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { listBrokers } from '@/lib/views/brokers';
import { clusterConfig } from '@/lib/views/clusters';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    const cfg = clusterConfig(cluster);
    return { brokers: await listBrokers(getDb(), cfg.id) };
  });
}
