import { badRequest, handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';
import { clusterConfig } from '@/lib/config/clusters';
import { incidentDetail } from '@/lib/views/incidents';

export const dynamic = 'force-dynamic';
const INT64_MAX = 2n ** 63n - 1n;

export function GET(_req: Request, ctx: { params: Promise<{ cluster: string; incident: string }> }) {
  return handle(async () => {
    const { cluster, incident } = await ctx.params;
    const cfg = clusterConfig(cluster);
    // Incident ids are event ids (int64); anything else would reach the database as an error.
    if (!/^\d{1,19}$/.test(incident) || BigInt(incident) > INT64_MAX) {
      throw badRequest(`incident id must be a non-negative integer (an id from the incident list), got "${incident}"`);
    }
    return incidentDetail(getDb(), cfg.id, BigInt(incident));
  });
}
