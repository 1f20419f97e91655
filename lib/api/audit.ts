import { recordAudit, type AuditRecord } from '@/lib/store/audit';
import { getDb } from '@/lib/store/client';

/**
 * Writes an audit log row. A database outage does not lock the on-call out of the dashboard: the
 * row is then lost, and the server log says so.
 */
export async function audit(r: AuditRecord): Promise<void> {
  await recordAudit(getDb(), r).catch((e: unknown) => console.error(`[auth] audit log not written (${r.action} ${r.user}):`, e instanceof Error ? e.message : e));
}
