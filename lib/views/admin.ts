// What the admin page shows: each cluster's alert receivers and rules, and the audit log. Receivers
// by name, kind and timeout only: their URLs and headers hold tokens and are never served.
import { alertSettingsOf } from '@/lib/config/alerting';
import type { ClusterConfig } from '@/lib/config/types';
import type { ReceiverKind } from '@/lib/model/alerts';
import type { LagStatus } from '@/lib/model/lag';
import { auditPage, type AuditPage } from '@/lib/store/audit';
import type { Db } from '@/lib/store/client';
import { ruleRows, type RuleRow } from './alerts';

export interface AdminReceiver {
  name: string;
  kind: ReceiverKind;
  timeoutMs: number;
}

export type AdminRule = RuleRow;

export interface AdminClusterAlerting {
  id: string;
  name: string;
  receivers: AdminReceiver[];
  rules: AdminRule[];
  groupStatuses: LagStatus[];
  rateLimitPerMinute: number;
}

export interface AdminAlerting {
  clusters: AdminClusterAlerting[];
}

export function adminAlerting(clusters: readonly ClusterConfig[]): AdminAlerting {
  return {
    clusters: clusters.map((c) => {
      const a = alertSettingsOf(c);
      return {
        id: c.id,
        name: c.name,
        receivers: a.receivers.map((r) => ({ name: r.name, kind: r.kind, timeoutMs: r.timeoutMs })),
        rules: ruleRows(a),
        groupStatuses: a.groupStatuses,
        rateLimitPerMinute: a.rateLimitPerMinute,
      };
    }),
  };
}

export type { AuditPage };

/** The audit log, newest first. */
export function auditLog(db: Db, page: number, pageSize: number): Promise<AuditPage> {
  return auditPage(db, page, pageSize);
}

/** What POST /api/admin/test-alert answers: the receiver's answer to one test notification. */
export interface TestAlertResult {
  cluster: string;
  receiver: string;
  kind: ReceiverKind;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}
