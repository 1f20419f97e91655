/** Counts what happened within one incident and turns it into the `Incident` the API returns. */
import { isBadLagStatus, LAG_STATUSES, type LagStatus } from '@/lib/model/lag';
import { intervalsOf, totalMs, type Transition } from '@/lib/model/intervals';
import { severityOf, summaryOf, titleOf, type Facts } from './describe';
import type { Incident, IncidentEvent, IncidentKind, PartitionOutage } from './types';

interface Track<R> {
  ref: R;
  transitions: Transition[];
}

/**
 * On/off transitions per subject (a broker, a partition). A TOPIC_DELETED ends every open span
 * of that topic's partitions: a deleted partition is no longer offline, it is gone.
 */
function track<R>(events: IncidentEvent[], on: string, off: string, refOf: (e: IncidentEvent) => R | null, topicOf?: (r: R) => string): Map<string, Track<R>> {
  const out = new Map<string, Track<R>>();
  for (const e of events) {
    if (topicOf && e.type === 'TOPIC_DELETED') {
      for (const t of out.values()) if (topicOf(t.ref) === e.topic) t.transitions.push({ at: e.at, on: false });
      continue;
    }
    if (e.type !== on && e.type !== off) continue;
    const ref = refOf(e);
    if (ref === null) continue;
    const key = JSON.stringify(ref);
    const t = out.get(key) ?? { ref, transitions: [] };
    out.set(key, t);
    t.transitions.push({ at: e.at, on: e.type === on });
  }
  return out;
}

type Part = { topic: string; partition: number };
const partOf = (e: IncidentEvent): Part | null => (e.topic !== null && e.partition !== null ? { topic: e.topic, partition: e.partition } : null);
const byPart = (a: Part, b: Part) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition);

/** The worst bad status a consumer incident's group reached, with the reason given then. */
function worstLag(events: IncidentEvent[]): Facts['worstLag'] {
  let worst: { status: LagStatus; reason: string } | null = null;
  for (const e of events) {
    if (e.type !== 'LAG_STATUS_CHANGED' || !isBadLagStatus(e.details.to)) continue;
    if (!worst || LAG_STATUSES.indexOf(e.details.to) >= LAG_STATUSES.indexOf(worst.status)) worst = { status: e.details.to, reason: e.details.reason };
  }
  return worst;
}

/**
 * `events` in time order, `first` being events[0]; `end` is when the last problem recovered
 * (null = still open). Open spans run to the horizon: `end`, or `now` for an ongoing incident.
 */
export function summarize(kind: IncidentKind, first: IncidentEvent, events: IncidentEvent[], end: Date | null, previousId: string | null, now: number): Incident {
  const start = first.at;
  const last = events[events.length - 1]?.at ?? start;
  const horizon = end ?? new Date(Math.max(now, last.getTime()));
  const spans = <R>(m: Map<string, Track<R>>) =>
    [...m.values()].map((t) => ({ ref: t.ref, intervals: intervalsOf(t.transitions, start, horizon, false) })).filter((s) => s.intervals.length > 0);

  const unreachable = spans(track(events, 'CLUSTER_UNREACHABLE', 'CLUSTER_REACHABLE', () => 'cluster'))[0]?.intervals ?? [];
  const brokersDown = spans(track(events, 'BROKER_DOWN', 'BROKER_UP', (e) => e.brokerId))
    .map((s) => ({ brokerId: s.ref, intervals: s.intervals }))
    .sort((a, b) => a.brokerId - b.brokerId);
  const partitionsOffline: PartitionOutage[] = spans(track(events, 'PARTITION_OFFLINE', 'PARTITION_ONLINE', partOf, (p) => p.topic))
    .map((s) => ({ ...s.ref, intervals: s.intervals, durationMs: totalMs(s.intervals) }))
    .sort(byPart);
  const underMinIsr = spans(track(events, 'UNDER_MIN_ISR', 'MIN_ISR_RESTORED', partOf, (p) => p.topic)).map((s) => ({
    name: `${s.ref.topic}-${s.ref.partition}`,
    durationMs: Math.max(...s.intervals.map((i) => i.durationMs)),
  }));

  const shrunk = new Set(events.flatMap((e) => (e.type === 'ISR_SHRINK' && partOf(e) ? [JSON.stringify(partOf(e))] : [])));
  const groupsBehind = [...new Set(events.flatMap((e) => (e.type === 'LAG_STATUS_CHANGED' && isBadLagStatus(e.details.to) ? [e.details.groupId] : [])))].sort();
  const facts: Facts = {
    kind,
    start,
    end,
    durationMs: horizon.getTime() - start.getTime(),
    clusterUnreachable: unreachable.length > 0,
    brokersDown: brokersDown.map((b) => b.brokerId),
    leadersMoved: events.filter((e) => e.type === 'LEADER_CHANGED').length,
    offline: partitionsOffline.map((p) => ({ name: `${p.topic}-${p.partition}`, durationMs: p.durationMs, open: p.intervals.some((i) => i.end === null) })),
    underMinIsr,
    isrShrinks: shrunk.size,
    groupsBehind,
    worstLag: kind === 'consumer' ? worstLag(events) : null,
  };
  const title = titleOf(facts);
  return {
    id: first.id,
    kind,
    start: start.toISOString(),
    end: end ? end.toISOString() : null,
    durationMs: facts.durationMs,
    title,
    severity: severityOf(facts),
    summary: summaryOf(facts, title),
    previousId,
    clusterUnreachable: unreachable,
    brokersDown,
    leadersMoved: facts.leadersMoved,
    partitionsOffline,
    partitionsUnderMinIsr: { count: underMinIsr.length, maxDurationMs: Math.max(0, ...underMinIsr.map((p) => p.durationMs)) },
    isrShrinks: shrunk.size,
    groupsBehind,
    topics: [...new Set(events.flatMap((e) => (e.topic === null ? [] : [e.topic])))].sort(),
    eventCount: events.length,
    eventIds: events.map((e) => e.id),
  };
}
