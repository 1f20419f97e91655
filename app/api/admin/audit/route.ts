import { requireRole } from '@/lib/api/guard';
import { handle } from '@/lib/api/http';
import { Params } from '@/lib/api/params';
import { getDb } from '@/lib/store/client';
import { auditLog } from '@/lib/views/admin';

export const dynamic = 'force-dynamic';

/** The audit log, newest first, a page at a time; admins only. */
export function GET(req: Request) {
  return handle(async () => {
    await requireRole(req, 'admin');
    const p = Params.of(req);
    const page = p.int('page', { min: 1, max: 1_000_000, def: 1 })!;
    const pageSize = p.int('pageSize', { min: 1, max: 200, def: 50 })!;
    return auditLog(getDb(), page, pageSize);
  });
}
