// Alerts as the dashboard shows them: what fires now (and what is pending its `for`), what fired
// in a range, and for each alert every notification owed, its attempts and the receivers'
// answers, with the incident it belongs to.
import { alertInIncident } from '@/lib/analysis/alerts/incident-link';
import type { AlertSettings } from '@/lib/config/alerting';
import { ALERT_RULES, type AlertRuleId, type AlertSeverity, type AlertState, type DeliveryKind, type DeliveryStatus, type ReceiverKind } from '@/lib/model/alerts';
import { alertRecord } from '@/lib/store/alerts';
import type { Db } from '@/lib/store/client';
import { listIncidents, type IncidentListItem } from './incidents';

export interface AttemptRow {
  at: string;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface DeliveryRow {
  id: string;
  receiver: string;
  kind: DeliveryKind;
  status: DeliveryStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** Newest first, at most MAX_ATTEMPTS_SHOWN. */
  attemptLog: AttemptRow[];
}

export interface AlertRow {
  id: string;
  fingerprint: string;
  rule: AlertRuleId;
  ruleLabel: string;
  severity: AlertSeverity;
  state: AlertState;
  summary: string;
  description: string;
  labels: Record<string, string>;
  activeSince: string;
  firedAt: string | null;
  resolvedAt: string | null;
  deliveries: DeliveryRow[];
  /** The incident this alert belongs to, when one overlaps it and names its subject. */
  incident: { id: string; title: string } | null;
}

/** One alert rule as configured for a cluster, as the alerts and admin pages show it. */
export interface RuleRow {
  rule: AlertRuleId;
  label: string;
  severity: AlertSeverity;
  enabled: boolean;
  forSeconds: number;
  keepFiringForSeconds: number;
}

/** Every rule of these settings, with its label and severity. */
export function ruleRows(settings: Pick<AlertSettings, 'rules'>): RuleRow[] {
  return (Object.keys(settings.rules) as AlertRuleId[]).map((rule) => ({
    rule,
    label: ALERT_RULES[rule].label,
    severity: ALERT_RULES[rule].severity,
    enabled: settings.rules[rule].enabled,
    forSeconds: settings.rules[rule].forMs / 1000,
    keepFiringForSeconds: settings.rules[rule].keepFiringForMs / 1000,
  }));
}

export interface AlertsView {
  receivers: { name: string; kind: ReceiverKind }[];
  rules: RuleRow[];
  /** Firing first, then pending; most severe first. */
  active: AlertRow[];
  /** Alerts resolved in the range, newest first. */
  history: AlertRow[];
  range: { from: string; to: string };
  /** True when more resolved alerts exist in the range than were returned. */
  truncated: boolean;
}

const MAX_HISTORY = 200;
const MAX_ATTEMPTS_SHOWN = 20;
const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function alertsView(db: Db, clusterId: string, settings: AlertSettings, range: { from: Date; to: Date }, now = new Date()): Promise<AlertsView> {
  const [active, resolved] = await Promise.all([
    db.alert.findMany({ where: { clusterId, state: { in: ['firing', 'pending'] } } }),
    db.alert.findMany({ where: { clusterId, state: 'resolved', resolvedAt: { gte: range.from }, activeSince: { lte: range.to } }, orderBy: { resolvedAt: 'desc' }, take: MAX_HISTORY + 1 }),
  ]);
  const shown = [...active, ...resolved.slice(0, MAX_HISTORY)];
  const deliveries = shown.length === 0 ? [] : await db.alertDelivery.findMany({ where: { alertId: { in: shown.map((a) => a.id) } }, orderBy: { id: 'asc' } });
  const attempts = deliveries.length === 0 ? [] : await db.alertAttempt.findMany({ where: { deliveryId: { in: deliveries.map((d) => d.id) } }, orderBy: { id: 'desc' } });
  const incidents = await incidentsAround(db, clusterId, shown, now);
  const attemptsOf = group(attempts, (a) => a.deliveryId.toString());
  const deliveriesOf = group(deliveries, (d) => d.alertId?.toString() ?? '');
  const row = (r: (typeof shown)[number]): AlertRow => {
    const a = alertRecord(r);
    return {
      id: a.id,
      fingerprint: a.fingerprint,
      rule: a.rule,
      ruleLabel: ALERT_RULES[a.rule]?.label ?? a.rule,
      severity: a.severity,
      state: a.state,
      summary: a.summary,
      description: a.description,
      labels: a.labels,
      activeSince: r.activeSince.toISOString(),
      firedAt: iso(r.firedAt),
      resolvedAt: iso(r.resolvedAt),
      incident: pick(incidents.find((i) => alertInIncident(i, { labels: a.labels, start: r.activeSince.getTime(), end: r.resolvedAt?.getTime() ?? null }, now.getTime()))),
      deliveries: (deliveriesOf.get(a.id) ?? []).map((d) => ({
        id: d.id.toString(),
        receiver: d.receiver,
        kind: d.kind as DeliveryKind,
        status: d.status as DeliveryStatus,
        attempts: d.attempts,
        createdAt: d.createdAt.toISOString(),
        sentAt: iso(d.sentAt),
        nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
        lastError: d.lastError,
        attemptLog: (attemptsOf.get(d.id.toString()) ?? []).slice(0, MAX_ATTEMPTS_SHOWN).map((t) => ({ at: t.at.toISOString(), ok: t.ok, statusCode: t.statusCode, error: t.error, durationMs: t.durationMs })),
      })),
    };
  };
  const rank = (r: AlertRow) => (r.state === 'firing' ? 0 : 2) + (r.severity === 'critical' ? 0 : 1);
  return {
    receivers: settings.receivers.map((r) => ({ name: r.name, kind: r.kind })),
    rules: ruleRows(settings),
    active: active.map(row).sort((a, b) => rank(a) - rank(b) || a.activeSince.localeCompare(b.activeSince)),
    history: resolved.slice(0, MAX_HISTORY).map(row),
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    truncated: resolved.length > MAX_HISTORY,
  };
}

async function incidentsAround(db: Db, clusterId: string, alerts: { activeSince: Date; resolvedAt: Date | null }[], now: Date): Promise<IncidentListItem[]> {
  if (alerts.length === 0) return [];
  const from = Math.min(...alerts.map((a) => a.activeSince.getTime())) - 60_000;
  const to = Math.max(...alerts.map((a) => a.resolvedAt?.getTime() ?? now.getTime()));
  return (await listIncidents(db, clusterId, { from: new Date(from), to: new Date(Math.max(to, from + 1)) }, now)).incidents;
}

const pick = (i: IncidentListItem | undefined) => (i ? { id: i.id, title: i.title } : null);

function group<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}
