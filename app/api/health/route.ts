import { handle } from '@/lib/api/http';
import { getDb } from '@/lib/store/client';

export const dynamic = 'force-dynamic';

/** Liveness of the web tier and its database, for load balancers and the launcher. */
export function GET() {
  return handle(async () => {
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true };
  });
}
