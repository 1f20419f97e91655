// Alerts in the store: the active ones (restored after a restart, so no duplicate fires and no lost
// resolves), each evaluation's changes, and the deliveries they owe to receivers.
import type { Evaluation } from '@/lib/analysis/alerts/state';
import type { AlertRecord, AlertRuleId, AlertSeverity, AlertState } from '@/lib/model/alerts';
import type { Db } from './client';
import type { Tx } from './record-poll';

type Row = Awaited<ReturnType<Db['alert']['findMany']>>[number];

export const alertRecord = (r: Row): AlertRecord & { id: string } => ({
  id: r.id.toString(),
  fingerprint: r.fingerprint,
  rule: r.rule as AlertRuleId,
  severity: r.severity as AlertSeverity,
  state: r.state as AlertState,
  labels: r.labels as Record<string, string>,
  summary: r.summary,
  description: r.description,
  activeSince: r.activeSince.getTime(),
  firedAt: r.firedAt?.getTime() ?? null,
  resolvedAt: r.resolvedAt?.getTime() ?? null,
  lastTrueAt: r.lastTrueAt.getTime(),
});

export async function loadActiveAlerts(db: Db, clusterId: string): Promise<AlertRecord[]> {
  return (await db.alert.findMany({ where: { clusterId, state: { in: ['pending', 'firing'] } } })).map(alertRecord);
}

/** One evaluation's outcome, in the poll's transaction: alert rows, and a delivery per receiver for each fire and resolve. */
export async function writeAlerts(tx: Tx, clusterId: string, e: Evaluation, receivers: string[], at: Date): Promise<void> {
  const current = await tx.alert.findMany({ where: { clusterId, state: { in: ['pending', 'firing'] } }, select: { id: true, fingerprint: true } });
  const idOf = new Map(current.map((r) => [r.fingerprint, r.id]));
  // Resolved first: when a poll carries an older life of an alert that is active again, the active one wins the row.
  const lives = [...e.resolved, ...e.active];
  const keep = new Set(lives.map((a) => a.fingerprint));
  // A pending alert whose condition ended before it fired leaves nothing worth keeping.
  const gone = current.filter((r) => !keep.has(r.fingerprint)).map((r) => r.id);
  if (gone.length > 0) await tx.alert.deleteMany({ where: { id: { in: gone }, state: 'pending' } });
  const ids = new Map<string, bigint>();
  for (const a of lives) {
    const data = {
      rule: a.rule,
      severity: a.severity,
      state: a.state,
      labels: a.labels,
      summary: a.summary,
      description: a.description,
      activeSince: new Date(a.activeSince),
      firedAt: a.firedAt === null ? null : new Date(a.firedAt),
      resolvedAt: a.resolvedAt === null ? null : new Date(a.resolvedAt),
      lastTrueAt: new Date(a.lastTrueAt),
    };
    const id = idOf.get(a.fingerprint);
    if (id !== undefined) {
      await tx.alert.update({ where: { id }, data });
      ids.set(a.fingerprint, id);
    } else {
      ids.set(a.fingerprint, (await tx.alert.create({ data: { clusterId, fingerprint: a.fingerprint, ...data }, select: { id: true } })).id);
    }
  }
  const owed = [...e.fired.map((a) => ({ a, kind: 'firing' })), ...e.resolved.map((a) => ({ a, kind: 'resolved' }))];
  const rows = owed.flatMap(({ a, kind }) => receivers.map((receiver) => ({ clusterId, alertId: ids.get(a.fingerprint)!, receiver, kind, status: 'pending', nextAttemptAt: at, createdAt: at })));
  if (rows.length > 0) await tx.alertDelivery.createMany({ data: rows });
}
