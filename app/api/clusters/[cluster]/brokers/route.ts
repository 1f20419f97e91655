import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { listBrokers } from '@/lib/views/brokers';
import { clusterConfig } from '@/lib/config/clusters';
import { readiness } from '@/lib/views/readiness';

export const dynamic = 'force-dynamic';

export function GET(_req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    const cfg = clusterConfig(cluster);
    const [ready, brokers] = await Promise.all([readiness(getDb(), cfg.id), listBrokers(getDb(), cfg.id)]);
    return { brokers, noDataReason: ready.cluster };
  });
}
