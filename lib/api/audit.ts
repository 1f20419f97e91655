import { recordAudit, type AuditRecord } from '@/lib/store/audit';
import { getDb } from '@/lib/store/client';

/**
 * Writes an audit log row. A database outage does not lock the on-call out of the dashboard: the
 * row is then lost, and the server log says so.
 */
export async function audit(r: AuditRecord): Promise<void> {
  await writtenAudit(r);
}

/** As `audit`, for a row something depends on (a sign-out: other instances learn of it from its row): whether it was written. */
export async function writtenAudit(r: AuditRecord): Promise<boolean> {
  try {
    await recordAudit(getDb(), r);
    return true;
  } catch (e) {
    console.error(`[auth] audit log not written (${r.action} ${r.user}):`, e instanceof Error ? e.message : e);
    return false;
  }
}
