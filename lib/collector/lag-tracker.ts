import { evaluateGroupLag, partitionKey, unknownEnds, type EndReading, type GroupLag, type LagHistory, type RecordTime } from '@/lib/analysis/group-lag';
import { DEFAULT_LAG_STATUS_CONFIG, type LagStatus, type LagStatusConfig, type OffsetAt } from '@/lib/analysis/lag';
import { EndHistory, type EndHistoryShape } from '@/lib/analysis/lag/end-history';
import { SampleHistory } from '@/lib/analysis/lag/sample-history';
import type { ClusterEvent } from '@/lib/model/events';
import type { PollResult } from '@/lib/model/poll';
import type { StoredLagHistory } from '@/lib/store/lag-history';

/** How much end-offset history is kept to date lag in seconds; older commits are extrapolated. */
export const END_HISTORY: EndHistoryShape = { fullResolutionMs: 15 * 60_000, keepMs: 6 * 3600_000, coarseStepMs: 60_000 };

const pk = partitionKey;
const gk = (group: string, topic: string, partition: number) => `${group}\u0000${topic}\u0000${partition}`;

export type { StoredLagHistory } from '@/lib/store/lag-history';

export interface LagObservation {
  lags: GroupLag[];
  events: ClusterEvent[];
  /** Groups not evaluated in this poll because an end offset of theirs could not be read. */
  gaps: string[];
}

/**
 * Keeps, per cluster, the recent history lag evaluation needs (end offsets per partition, lag
 * samples per group partition, last statuses). Rebuilt from the store after a restart, so status
 * and lag seconds are right from the first poll.
 */
export class LagTracker {
  private readonly ends = new Map<string, EndHistory>();
  private readonly samples = new Map<string, SampleHistory>();
  private readonly statuses = new Map<string, LagStatus>();
  private readonly partitionStatuses = new Map<string, LagStatus>();
  private lastForget = -Infinity;

  constructor(private readonly cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG) {}

  restore(stored: StoredLagHistory): void {
    for (const e of stored.endOffsets) getOrAdd(this.ends, pk(e.topic, e.partition), () => new EndHistory()).push(e.at, e.endOffset);
    for (const s of stored.samples) getOrAdd(this.samples, gk(s.groupId, s.topic, s.partition), () => new SampleHistory()).push(s.sample);
    for (const s of stored.statuses) this.statuses.set(s.groupId, s.status);
    for (const s of stored.partitionStatuses ?? []) {
      const key = gk(s.groupId, s.topic, s.partition);
      this.partitionStatuses.set(key, s.status);
      // A stall is as old as the stored status says, not only as old as the samples replayed.
      if ((s.status === 'STOP' || s.status === 'STALL') && s.since != null) this.samples.get(key)?.commitRunSince(s.since);
    }
  }

  /** How many group partitions have a sample history (what forgetting gone ones keeps bounded). */
  trackedPartitions(): number {
    return this.samples.size;
  }

  /** The last end offset this tracker knows for a partition, and when it was read. */
  lastEnd(topic: string, partition: number): OffsetAt | undefined {
    return this.ends.get(pk(topic, partition))?.last();
  }

  /**
   * End offsets of this poll as lag sees them: read (from a leader, this poll), unknown (a leader
   * that could not be read: null), or — partition without a leader — the last one read.
   */
  endReadings(poll: PollResult): Map<string, EndReading> {
    const out = new Map<string, EndReading>();
    const read = new Map((poll.offsets ?? []).map((o) => [pk(o.topic, o.partition), o.endOffset]));
    for (const t of poll.metadata?.topics ?? []) {
      for (const p of t.partitions) {
        const key = pk(t.name, p.partition);
        if (p.leader < 0) {
          const last = this.lastEnd(t.name, p.partition);
          if (last) out.set(key, { endOffset: last.endOffset, asOf: last.at });
          continue; // never read: unknown, but it must not hold the group up for the whole outage
        }
        const end = read.get(key);
        out.set(key, end === undefined || end === null ? null : { endOffset: end, asOf: null });
      }
    }
    return out;
  }

  /** Evaluates every group this poll could read, then remembers the poll. */
  observe(poll: PollResult, times: ReadonlyMap<string, RecordTime> = new Map()): LagObservation {
    const now = poll.startedAt.getTime();
    const ends = this.endReadings(poll);
    const history: LagHistory = {
      endOffsets: (t, p) => this.ends.get(pk(t, p)) ?? [],
      record: (g, t, p, sample) => {
        const h = getOrAdd(this.samples, gk(g, t, p), () => new SampleHistory());
        // One status window is all a judgement reads: how long a commit has stood still is
        // tracked by the history itself.
        h.trimBefore(sample.at - this.cfg.windowMs);
        h.push(sample);
        return h;
      },
      previousStatus: (g, t, p) => this.partitionStatuses.get(gk(g, t, p)),
    };
    const out: LagObservation = { lags: [], events: [], gaps: [] };
    // Without end offsets there is no lag to compute: keep the last known values instead of inventing zeros.
    if (poll.offsets && poll.metadata) {
      for (const g of poll.groups ?? []) {
        if (g.error || g.offsetsError) continue;
        const input = { groupId: g.groupId, hasMembers: g.members.length > 0, members: g.members, committed: g.offsets };
        // A partial sum would draw a false dip and flip statuses: the whole group is a gap this poll.
        if (unknownEnds(input, ends).length > 0) {
          out.gaps.push(g.groupId);
          continue;
        }
        const lag = evaluateGroupLag(input, ends, history, now, this.cfg, times);
        out.lags.push(lag);
        const before = this.statuses.get(g.groupId);
        if (before !== undefined && before !== lag.status) {
          out.events.push({
            type: 'LAG_STATUS_CHANGED',
            details: {
              groupId: g.groupId,
              from: before,
              to: lag.status,
              reason: lag.statusReason,
              ...(lag.since !== null ? { since: new Date(lag.since).toISOString() } : {}),
              topics: lag.topics.map((t) => t.topic),
            },
          });
        }
        this.statuses.set(g.groupId, lag.status);
        for (const p of lag.partitions) this.partitionStatuses.set(gk(g.groupId, p.topic, p.partition), p.status);
      }
    }
    for (const o of poll.offsets ?? []) {
      if (o.endOffset === null) continue;
      const h = getOrAdd(this.ends, pk(o.topic, o.partition), () => new EndHistory());
      h.push(now, o.endOffset);
      h.thin(now, END_HISTORY);
    }
    this.forgetGone(now);
    return out;
  }

  /**
   * Forgets group partitions not evaluated for as long as end offsets are kept (the group was
   * deleted, stopped committing to the partition, or a broker has been down that long), once a
   * window: a cluster whose consumers come and go under new group names would otherwise pile up
   * histories for as long as the collector runs.
   */
  private forgetGone(now: number): void {
    if (now - this.lastForget < this.cfg.windowMs) return;
    this.lastForget = now;
    for (const [key, h] of this.samples) {
      const latest = h.latestAt();
      if (latest !== undefined && latest >= now - END_HISTORY.keepMs) continue;
      this.samples.delete(key);
      this.partitionStatuses.delete(key);
    }
  }
}

function getOrAdd<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
