// The outbox of alert notifications: deliveries owed to receivers (written with the poll that
// fired or resolved the alert), each attempt and its answer, and the refreshes Alertmanager needs
// while an alert keeps firing.
import type { DeliveryKind, DeliveryStatus } from '@/lib/model/alerts';
import { alertRecord } from './alerts';
import type { Db } from './client';

export async function pendingDeliveries(db: Db, clusterId: string, limit = 500) {
  const rows = await db.alertDelivery.findMany({ where: { clusterId, status: 'pending' }, orderBy: { id: 'asc' }, take: limit });
  const alertIds = [...new Set(rows.flatMap((r) => (r.alertId === null ? [] : [r.alertId])))];
  const alerts = new Map((await db.alert.findMany({ where: { id: { in: alertIds } } })).map((a) => [a.id, alertRecord(a)]));
  return rows.map((r) => ({
    id: r.id,
    alertId: r.alertId,
    alert: r.alertId === null ? null : (alerts.get(r.alertId) ?? null),
    receiver: r.receiver,
    kind: r.kind as DeliveryKind,
    attempts: r.attempts,
    createdAt: r.createdAt.getTime(),
    nextAttemptAt: r.nextAttemptAt.getTime(),
  }));
}

export type StoredPendingDelivery = Awaited<ReturnType<typeof pendingDeliveries>>[number];

export interface AttemptOutcome {
  at: Date;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** The delivery afterwards. */
  status: DeliveryStatus;
  nextAttemptAt?: Date;
}

export async function recordAttempt(db: Db, deliveryId: bigint, o: AttemptOutcome): Promise<void> {
  await db.$transaction([
    db.alertAttempt.create({ data: { deliveryId, at: o.at, ok: o.ok, statusCode: o.statusCode, error: o.error, durationMs: Math.round(o.durationMs) } }),
    db.alertDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: { increment: 1 },
        status: o.status,
        lastError: o.ok ? null : o.error,
        ...(o.ok ? { sentAt: o.at } : {}),
        ...(o.nextAttemptAt ? { nextAttemptAt: o.nextAttemptAt } : {}),
      },
    }),
  ]);
}

/** A delivery not sent: its receiver is no longer configured (failed), or it is moot (skipped). */
export async function closeDelivery(db: Db, deliveryId: bigint, status: 'failed' | 'skipped', why: string): Promise<void> {
  await db.alertDelivery.update({ where: { id: deliveryId }, data: { status, lastError: why } });
}

/**
 * Firing alerts whose last notification to an Alertmanager receiver is older than `everyMs` get a
 * refresh delivery, so Alertmanager does not let them expire while they still hold.
 */
export async function enqueueRefreshes(db: Db, clusterId: string, receivers: string[], everyMs: number, now: Date): Promise<number> {
  if (receivers.length === 0) return 0;
  const firing = await db.alert.findMany({ where: { clusterId, state: 'firing' }, select: { id: true } });
  if (firing.length === 0) return 0;
  const recent = await db.alertDelivery.findMany({
    where: { alertId: { in: firing.map((a) => a.id) }, receiver: { in: receivers }, OR: [{ status: 'pending' }, { createdAt: { gt: new Date(now.getTime() - everyMs) } }] },
    select: { alertId: true, receiver: true },
  });
  const covered = new Set(recent.map((r) => `${r.alertId}|${r.receiver}`));
  const rows = firing.flatMap((a) => receivers.filter((r) => !covered.has(`${a.id}|${r}`)).map((receiver) => ({ clusterId, alertId: a.id, receiver, kind: 'refresh', status: 'pending', nextAttemptAt: now, createdAt: now })));
  if (rows.length > 0) await db.alertDelivery.createMany({ data: rows });
  return rows.length;
}
