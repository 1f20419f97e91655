// The audit log: appended by sign-ins, sign-outs and admin actions, read newest first by the
// admin page, and read for logouts by every web instance (a signed-out session ends everywhere).
import type { AuditAction, AuditEntry, SignInMethod } from '@/lib/model/auth';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from './client';

export interface AuditRecord {
  at?: Date;
  action: AuditAction;
  user: string;
  ip: string | null;
  method: SignInMethod | null;
  sessionId?: string | null;
  detail?: AuditEntry['detail'];
}

const MAX_TEXT = 200;
const cut = (s: string | null) => (s === null ? null : s.slice(0, MAX_TEXT));

export async function recordAudit(db: Db, r: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      at: r.at ?? new Date(),
      action: r.action,
      userName: cut(r.user) ?? '',
      ip: cut(r.ip),
      method: r.method,
      sessionId: r.sessionId ?? null,
      detail: (r.detail ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

export interface AuditPage {
  total: number;
  page: number;
  pageSize: number;
  entries: AuditEntry[];
}

/** One page of the log, newest first (page 1 is the newest). */
export async function auditPage(db: Db, page: number, pageSize: number): Promise<AuditPage> {
  const [total, rows] = await Promise.all([
    db.auditEntry.count(),
    db.auditEntry.findMany({ orderBy: [{ at: 'desc' }, { id: 'desc' }], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return {
    total,
    page,
    pageSize,
    entries: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      action: r.action as AuditAction,
      user: r.userName,
      ip: r.ip,
      method: r.method as SignInMethod | null,
      detail: (r.detail ?? null) as AuditEntry['detail'],
    })),
  };
}

/** Sessions signed out since `since` (by any instance sharing this database). */
export async function loggedOutSince(db: Db, since: Date): Promise<{ sessionId: string; at: Date }[]> {
  const rows = await db.auditEntry.findMany({ where: { action: 'logout', at: { gte: since }, sessionId: { not: null } }, select: { sessionId: true, at: true } });
  return rows.map((r) => ({ sessionId: r.sessionId!, at: r.at }));
}
