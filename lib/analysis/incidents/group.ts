/**
 * Groups a cluster's event stream into incidents, by cause.
 *
 * 1. Events are taken in time order, ties by numeric id. Events with the same `at` come from one
 *    poll; within it, failures of the cluster and of brokers are placed first (they are causes).
 * 2. A problem is opened by CLUSTER_UNREACHABLE (the cluster), BROKER_DOWN (a broker),
 *    PARTITION_OFFLINE / UNDER_MIN_ISR (a partition), an ISR_SHRINK leaving the ISR short of the
 *    replica list (a partition under-replicated), or a lag status going to ERR, STALL or STOP (a
 *    group); its counterpart closes it (TOPIC_DELETED closes every problem of the topic).
 * 3. A cluster event joins the open incident that explains it: the one holding the problem it
 *    recovers, the one whose broker failure it names (a replica that left, the old leader), the
 *    one already holding its partition; failing that, an open incident whose last failure is less
 *    than `cascadeMs` ago (a cascade, a rack going down). Otherwise a failure starts a new
 *    incident — also while an unrelated one is still open — and anything else is dropped or, if
 *    it names a broker of an incident that ended less than `quietGapMs` ago, kept as that
 *    incident's aftermath (leaders moving back) without reopening it.
 * 4. A group's lag trouble is a consequence of a cluster incident only if it began after the
 *    incident began (its `since`, less a little for detection delay) and the group reads a topic
 *    the incident touched; a group already behind or stopped before the failure is not caused by
 *    it. Otherwise it is the group's own (consumer) incident.
 * 5. An incident ends when its last open problem closes; it never reopens. A new failure
 *    afterwards starts a new incident, linked to the one before (`previousId`) if that ended less
 *    than `quietGapMs` earlier (a flapping broker reads as recurrences, not as one endless outage).
 */
import { brokerKey, IsrBook, lagKey, type Effect } from './classify';
import { summarize } from './summarize';
import type { GroupOptions, Incident, IncidentEvent, IncidentKind } from './types';

export const DEFAULT_QUIET_GAP_MS = 5 * 60_000;
export const DEFAULT_CASCADE_MS = 2 * 60_000;
/** A consequence is detected after its cause: a broker is declared down seconds after it died. */
export const CAUSE_TOLERANCE_MS = 30_000;

class Draft {
  readonly events: IncidentEvent[] = [];
  readonly open = new Map<string, string | null>();
  /** Brokers whose failure this incident holds (down now or earlier in it). */
  readonly brokers = new Set<number>();
  readonly topics = new Set<string>();
  end: Date | null = null;
  lastFailureAt: Date;

  constructor(
    readonly kind: IncidentKind,
    readonly first: IncidentEvent,
    readonly previousId: string | null,
    readonly group: string | null = null,
  ) {
    this.lastFailureAt = first.at;
  }

  get start(): Date {
    return this.first.at;
  }

  get isOpen(): boolean {
    return this.end === null;
  }

  holds(key: string): boolean {
    return this.open.has(key);
  }

  add(e: IncidentEvent, eff: Effect): void {
    this.events.push(e);
    if (e.topic !== null) this.topics.add(e.topic);
    if (e.type === 'BROKER_DOWN' && e.brokerId !== null) this.brokers.add(e.brokerId);
    if (!this.isOpen) return; // aftermath: recorded, never reopening
    for (const p of eff.opens) this.open.set(p.key, p.topic);
    if (eff.opens.length > 0) this.lastFailureAt = e.at;
    for (const k of eff.closes) this.open.delete(k);
    if (eff.closesTopic !== null) for (const [k, t] of this.open) if (t === eff.closesTopic) this.open.delete(k);
    if (this.open.size === 0) this.end = e.at;
  }
}

const PRIORITY: Partial<Record<IncidentEvent['type'], number>> = { CLUSTER_UNREACHABLE: 0, BROKER_DOWN: 1 };

// Numeric ids (the table's autoincrement) compare as numbers; others keep their input order.
function byTimeThenId(a: IncidentEvent, b: IncidentEvent): number {
  const dt = a.at.getTime() - b.at.getTime();
  if (dt !== 0 || !/^\d+$/.test(a.id) || !/^\d+$/.test(b.id)) return dt;
  return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Runs of events with the same `at`, causes first within each. */
function batches(events: IncidentEvent[]): IncidentEvent[][] {
  const out: IncidentEvent[][] = [];
  for (const e of [...events].sort(byTimeThenId)) {
    const last = out[out.length - 1];
    if (last && last[0]?.at.getTime() === e.at.getTime()) last.push(e);
    else out.push([e]);
  }
  const rank = (e: IncidentEvent) => PRIORITY[e.type] ?? 2;
  return out.map((b) => b.map((e, i) => ({ e, i })).sort((x, y) => rank(x.e) - rank(y.e) || x.i - y.i).map((x) => x.e));
}

class Grouper {
  readonly drafts: Draft[] = [];

  constructor(
    private readonly quietGapMs: number,
    private readonly cascadeMs: number,
  ) {}

  private openOf(kind: IncidentKind): Draft[] {
    return this.drafts.filter((d) => d.kind === kind && d.isOpen);
  }

  private holder(keys: readonly string[]): Draft | undefined {
    return this.drafts.find((d) => d.isOpen && keys.some((k) => d.holds(k)));
  }

  private recentlyEnded(kind: IncidentKind, at: Date, group: string | null = null): Draft | undefined {
    return [...this.drafts]
      .reverse()
      .find((d) => d.kind === kind && d.group === group && d.end !== null && at.getTime() - d.end.getTime() <= this.quietGapMs);
  }

  private start(kind: IncidentKind, e: IncidentEvent, group: string | null = null): Draft {
    const d = new Draft(kind, e, this.recentlyEnded(kind, e.at, group)?.first.id ?? null, group);
    this.drafts.push(d);
    return d;
  }

  place(e: IncidentEvent, eff: Effect): void {
    if (eff.lag) return this.placeLag(e, eff);
    const target = this.causeOf(e, eff);
    if (target) return target.add(e, eff);
    if (eff.opens.length > 0) return this.start('cluster', e).add(e, eff);
    if (!eff.signal) return;
    // Aftermath of an incident that just ended (leaders moving back to the recovered broker).
    const ended = this.drafts.find((d) => d.kind === 'cluster' && d.end !== null && e.at.getTime() - d.end.getTime() <= this.quietGapMs && eff.brokers.some((b) => d.brokers.has(b)));
    ended?.add(e, eff);
  }

  private causeOf(e: IncidentEvent, eff: Effect): Draft | undefined {
    const holder = this.holder(eff.closes);
    if (holder) return holder;
    if (eff.closesTopic !== null) return this.drafts.find((d) => d.isOpen && d.topics.has(eff.closesTopic!));
    const open = this.openOf('cluster');
    // While the cluster cannot be read, whatever is found when it can be again belongs to that.
    const unreachable = open.find((d) => d.holds('cluster'));
    if (unreachable && (eff.opens.length > 0 || eff.signal)) return unreachable;
    const byBroker = open.find((d) => eff.brokers.some((b) => d.holds(brokerKey(b)) || (d.brokers.has(b) && d.isOpen)));
    if (byBroker) return byBroker;
    const samePartition = open.find((d) => e.topic !== null && e.partition !== null && [...d.open.keys()].some((k) => k.endsWith(`|${e.topic}|${e.partition}`)));
    if (samePartition) return samePartition;
    if (e.type === 'CLUSTER_UNREACHABLE' || e.type === 'CLUSTER_REACHABLE') return open.at(-1);
    if (eff.opens.length === 0 && !eff.signal) return undefined;
    return open.filter((d) => e.at.getTime() - d.lastFailureAt.getTime() <= this.cascadeMs).at(-1);
  }

  private placeLag(e: IncidentEvent, eff: Effect): void {
    const lag = eff.lag!;
    const holder = this.holder([lagKey(lag.groupId)]);
    if (holder) return holder.add(e, eff);
    if (!lag.isBad) return; // a recovery whose trouble began before the events we were given, or WARN/OK noise
    const cause = this.openOf('cluster').find(
      (d) => lag.since >= d.start.getTime() - CAUSE_TOLERANCE_MS && (lag.topics === null || lag.topics.some((t) => d.topics.has(t))),
    );
    if (cause) return cause.add(e, eff);
    this.start('consumer', e, lag.groupId).add(e, eff);
  }

  /** Routine events of a group in trouble (rebalances) join its incident. */
  placeGroupState(e: IncidentEvent & { type: 'GROUP_STATE_CHANGED' }): void {
    this.holder([lagKey(e.details.groupId)])?.events.push(e);
  }
}

/** Incidents in time order (oldest first). See the rules above. */
export function groupIncidents(events: IncidentEvent[], opts: GroupOptions = {}): Incident[] {
  const g = new Grouper(opts.quietGapMs ?? DEFAULT_QUIET_GAP_MS, opts.cascadeMs ?? DEFAULT_CASCADE_MS);
  const now = opts.now ?? Date.now();
  const book = new IsrBook();
  for (const batch of batches(events)) {
    for (const e of batch) {
      const eff = book.effectOf(e);
      if (e.type === 'GROUP_STATE_CHANGED') g.placeGroupState(e);
      else g.place(e, eff);
    }
  }
  return g.drafts.map((d) => summarize(d.kind, d.first, d.events, d.end, d.previousId, now));
}
