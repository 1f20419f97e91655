/**
 * Groups a cluster's event stream into incidents.
 *
 * Rules:
 * 1. Events are taken in time order, ties by numeric id (insertion order). Events with the same
 *    `at` come from one poll and happened together, so they are decided as one batch: all join
 *    the open incident, or all start a new one if any of them opens a problem, or all are dropped.
 * 2. A "bad" event opens a problem: CLUSTER_UNREACHABLE (the cluster), BROKER_DOWN (a broker),
 *    PARTITION_OFFLINE / UNDER_MIN_ISR (a partition), ISR_SHRINK leaving the ISR short of the
 *    replica list (a partition under-replicated), LAG_STATUS_CHANGED to ERR, STALL or STOP (a
 *    consumer group). Its counterpart recovers it: CLUSTER_REACHABLE, BROKER_UP, PARTITION_ONLINE,
 *    MIN_ISR_RESTORED, ISR_EXPAND back to the full replica list (or a REPLICAS_CHANGED down to the
 *    last known ISR), LAG_STATUS_CHANGED to any other status; TOPIC_DELETED recovers every
 *    problem of that topic's partitions.
 * 3. With no incident open, only an event that opens a problem starts one; anything else (topic
 *    and group admin, a lone LEADER_CHANGED from preferred-leader election, a recovery whose
 *    problem began before the events we were given) is dropped.
 * 4. An incident absorbs every event while any of its problems is open. Once all are recovered it
 *    still absorbs events within `quietGapMs` of its last signal event (a bad or recovery type,
 *    LEADER_CHANGED, CONTROLLER_CHANGED, a lag change to or from a bad status): the aftermath of
 *    a failure, and a failure that recurs (a flapping broker), stay in one incident. Routine
 *    events inside that window are absorbed but do not extend it.
 * 5. `end` is when the last open problem recovered (not the last absorbed event), so trailing
 *    aftermath does not lengthen the incident; null while a problem is still open.
 */
import { IsrBook, type Effect } from './classify';
import { summarize } from './summarize';
import type { GroupOptions, Incident, IncidentEvent } from './types';

export const DEFAULT_QUIET_GAP_MS = 5 * 60_000;

class Draft {
  readonly events: IncidentEvent[] = [];
  /** Open problems by key, with the topic of partition problems. */
  readonly open = new Map<string, string | null>();
  clearAt: Date | null = null;
  lastSignalAt: Date;

  constructor(readonly first: IncidentEvent) {
    this.lastSignalAt = first.at;
  }

  accepts(e: IncidentEvent, quietGapMs: number): boolean {
    return this.open.size > 0 || e.at.getTime() - this.lastSignalAt.getTime() <= quietGapMs;
  }

  add(e: IncidentEvent, eff: Effect): void {
    const wasOpen = this.open.size > 0;
    this.events.push(e);
    for (const p of eff.opens) this.open.set(p.key, p.topic);
    for (const k of eff.closes) this.open.delete(k);
    if (eff.closesTopic !== null) for (const [k, t] of this.open) if (t === eff.closesTopic) this.open.delete(k);
    if (eff.signal) this.lastSignalAt = e.at;
    if (this.open.size > 0) this.clearAt = null;
    else if (wasOpen) this.clearAt = e.at;
  }
}

// Numeric ids (the table's autoincrement) compare as numbers; others keep their input order.
function byTimeThenId(a: IncidentEvent, b: IncidentEvent): number {
  const dt = a.at.getTime() - b.at.getTime();
  if (dt !== 0 || !/^\d+$/.test(a.id) || !/^\d+$/.test(b.id)) return dt;
  return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Runs of events with the same `at`, in order. */
function batches(events: IncidentEvent[]): IncidentEvent[][] {
  const out: IncidentEvent[][] = [];
  for (const e of [...events].sort(byTimeThenId)) {
    const last = out[out.length - 1];
    if (last && last[0]?.at.getTime() === e.at.getTime()) last.push(e);
    else out.push([e]);
  }
  return out;
}

/** Incidents in time order (oldest first). See the rules above. */
export function groupIncidents(events: IncidentEvent[], opts: GroupOptions = {}): Incident[] {
  const quietGapMs = opts.quietGapMs ?? DEFAULT_QUIET_GAP_MS;
  const now = opts.now ?? Date.now();
  const book = new IsrBook();
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const batch of batches(events)) {
    const [first] = batch;
    if (!first) continue;
    // Effects are computed for every event, joined or not, to keep the ISR book current.
    const effects = batch.map((e) => ({ e, eff: book.effectOf(e) }));
    if (!current?.accepts(first, quietGapMs)) {
      current = effects.some(({ eff }) => eff.opens.length > 0) ? new Draft(first) : null;
      if (current) drafts.push(current);
    }
    for (const { e, eff } of effects) current?.add(e, eff);
  }
  return drafts.map((d) => summarize(d.first, d.events, d.open.size > 0 ? null : d.clearAt, now));
}
