import { requireRole } from '@/lib/api/guard';
import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { configuredClusters } from '@/lib/config/clusters';
import { clusterSummary } from '@/lib/views/clusters';

export const dynamic = 'force-dynamic';

export function GET(req: Request) {
  return handle(async () => {
    await requireRole(req, 'viewer');
    const db = getDb();
    return { clusters: await Promise.all(configuredClusters().map((c) => clusterSummary(db, c))) };
  });
}
