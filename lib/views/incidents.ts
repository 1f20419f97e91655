import { alertInIncident } from '@/lib/analysis/alerts/incident-link';
import { groupIncidents, type Incident, type IncidentEvent } from '@/lib/analysis/incidents';
import type { AlertSeverity, AlertState } from '@/lib/model/alerts';
import { notFound } from '@/lib/model/errors';
import { decodeEvent, eventJson, type EventTableRow } from '@/lib/model/event-decode';
import type { EventRow } from '@/lib/model/events';
import type { Db } from '@/lib/store/client';

/** Events read before `from`, so an incident already open at `from` is grouped from its start. */
export const INCIDENT_LOOKBACK_MS = 24 * 3600_000;
/** Events read after `to`, so an incident still open at `to` gets its real end (not "ongoing"). */
export const INCIDENT_LOOKAHEAD_MS = 24 * 3600_000;
/** At most this many events are read per request; beyond it the oldest are left out. */
export const MAX_INCIDENT_EVENTS = 20_000;

export type IncidentListItem = Omit<Incident, 'eventIds'>;

export interface IncidentList {
  range: { from: string; to: string };
  /** Newest first; every incident that overlaps the range. */
  incidents: IncidentListItem[];
  /** True when the event limit was hit: incidents that started before `coveredFrom` may be missing or partial. */
  truncated: boolean;
  coveredFrom: string;
}

export interface IncidentDetail {
  incident: Incident;
  /** The incident's events, oldest first. */
  events: EventRow[];
  /** True when the event limit was hit: the incident may continue past its last event here. */
  truncated: boolean;
  /** The alerts that fired for it (they are on the alerts page with their notifications). */
  alerts: { id: string; summary: string; severity: AlertSeverity; state: AlertState; firedAt: string | null; resolvedAt: string | null }[];
}

/** Decoded rows; an unreadable one (unknown type, malformed details) takes no part in incidents. */
const readable = (rows: EventTableRow[]): IncidentEvent[] =>
  rows.map(decodeEvent).filter((e): e is IncidentEvent => e.type !== 'UNREADABLE');

export async function listIncidents(db: Db, clusterId: string, range: { from: Date; to: Date }, now = new Date()): Promise<IncidentList> {
  const readFrom = new Date(range.from.getTime() - INCIDENT_LOOKBACK_MS);
  const readTo = new Date(range.to.getTime() + INCIDENT_LOOKAHEAD_MS);
  // Newest first, so that when the limit cuts, it is the lookback (oldest) end that goes.
  const rows = await db.event.findMany({
    where: { clusterId, at: { gte: readFrom, lte: readTo } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: MAX_INCIDENT_EVENTS + 1,
  });
  const truncated = rows.length > MAX_INCIDENT_EVENTS;
  const kept = rows.slice(0, MAX_INCIDENT_EVENTS).reverse();
  const incidents = groupIncidents(readable(kept), { now: Math.min(now.getTime(), readTo.getTime()) })
    .filter((i) => Date.parse(i.start) <= range.to.getTime() && (i.end === null || Date.parse(i.end) >= range.from.getTime()))
    .reverse()
    .map(({ eventIds: _ids, ...rest }) => rest);
  return {
    range: { from: range.from.toISOString(), to: range.to.toISOString() },
    incidents,
    truncated,
    coveredFrom: (truncated ? (kept[0]?.at ?? readFrom) : readFrom).toISOString(),
  };
}

/**
 * The incident whose first event is `incidentId`, regrouped the way the list groups it: from a
 * lookback before that event (an earlier incident may have absorbed it, then this id is not an
 * incident) through the events after it.
 */
export async function incidentDetail(db: Db, clusterId: string, incidentId: bigint, now = new Date()): Promise<IncidentDetail> {
  const first = await db.event.findFirst({ where: { clusterId, id: incidentId }, select: { at: true } });
  if (!first) throw notFound(`incident ${incidentId}`);
  // The lookback only decides whether an earlier incident swallows this event, so it gets a
  // smaller share of the budget than the incident itself.
  const lookbackLimit = MAX_INCIDENT_EVENTS / 4;
  const [before, after] = await Promise.all([
    db.event.findMany({
      where: { clusterId, at: { gte: new Date(first.at.getTime() - INCIDENT_LOOKBACK_MS), lt: first.at } },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: lookbackLimit,
    }),
    db.event.findMany({ where: { clusterId, at: { gte: first.at } }, orderBy: [{ at: 'asc' }, { id: 'asc' }], take: MAX_INCIDENT_EVENTS + 1 }),
  ]);
  const truncated = after.length > MAX_INCIDENT_EVENTS;
  const rows = readable([...before.reverse(), ...after.slice(0, MAX_INCIDENT_EVENTS)]);
  const incident = groupIncidents(rows, { now: now.getTime() }).find((i) => i.id === incidentId.toString());
  if (!incident) throw notFound(`incident ${incidentId}`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const events = incident.eventIds.flatMap((id) => {
    const e = byId.get(id);
    return e ? [eventJson(e)] : [];
  });
  return { incident, events, truncated, alerts: await incidentAlerts(db, clusterId, incident, now) };
}

async function incidentAlerts(db: Db, clusterId: string, incident: Incident, now: Date): Promise<IncidentDetail['alerts']> {
  const start = new Date(Date.parse(incident.start) - 60_000);
  const end = incident.end === null ? now : new Date(Date.parse(incident.end) + 60_000);
  const rows = await db.alert.findMany({
    where: { clusterId, firedAt: { not: null, lte: end }, OR: [{ resolvedAt: null }, { resolvedAt: { gte: start } }] },
    orderBy: { firedAt: 'asc' },
    take: 200,
  });
  return rows
    .filter((r) => alertInIncident(incident, { labels: r.labels as Record<string, string>, start: r.activeSince.getTime(), end: r.resolvedAt?.getTime() ?? null }, now.getTime()))
    .map((r) => ({ id: r.id.toString(), summary: r.summary, severity: r.severity as AlertSeverity, state: r.state as AlertState, firedAt: r.firedAt?.toISOString() ?? null, resolvedAt: r.resolvedAt?.toISOString() ?? null }));
}
