import { handle } from '@/lib/api/http';
import { Params } from '@/lib/api/params';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { readiness } from '@/lib/views/readiness';
import { listTopics, TOPIC_STATUS } from '@/lib/views/topics';

export const dynamic = 'force-dynamic';

export function GET(req: Request, ctx: { params: Promise<{ cluster: string }> }) {
  return handle(async () => {
    const { cluster } = await ctx.params;
    const cfg = clusterConfig(cluster);
    const p = Params.of(req);
    const db = getDb();
    const [ready, page] = await Promise.all([readiness(db, cfg.id), listTopics(db, cfg.id, {
      q: p.string('q'),
      status: p.oneOf('status', TOPIC_STATUS),
      includeInternal: p.bool('internal', true),
      page: p.int('page', { min: 1, max: 1_000_000, def: 1 }) ?? 1,
      pageSize: p.int('pageSize', { min: 1, max: 500, def: 50 }) ?? 50,
    })]);
    return { ...page, noDataReason: ready.cluster };
  });
}
