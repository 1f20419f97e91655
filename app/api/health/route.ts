import { requireProbe } from '@/lib/api/guard';
import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';

export const dynamic = 'force-dynamic';

/** Liveness of the web tier and its database, for load balancers and the launcher (the metrics token or a session when authentication is on). */
export function GET(req: Request) {
  return handle(async () => {
    await requireProbe(req);
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true };
  });
}
