import { requireRole } from '@/lib/api/guard';
import { handle } from '@/lib/api/http';
import { configuredClusters } from '@/lib/config/clusters';
import { adminAlerting } from '@/lib/views/admin';

export const dynamic = 'force-dynamic';

/** Each cluster's alert receivers (names and kinds, never URLs) and rules; admins only. */
export function GET(req: Request) {
  return handle(async () => {
    await requireRole(req, 'admin');
    return adminAlerting(configuredClusters());
  });
}
