import { evaluateGroupLag, groupPartitions, unknownEnds, type EndReading, type GroupLag, type LagHistory, type RecordTime } from '@/lib/analysis/group-lag';
import { DEFAULT_LAG_STATUS_CONFIG, type LagSample, type LagStatus, type LagStatusConfig, type OffsetAt } from '@/lib/analysis/lag';
import { PartitionKeys } from '@/lib/analysis/partition-keys';
import type { ClusterEvent } from '@/lib/model/events';
import type { PollResult } from '@/lib/model/poll';
import type { StoredLagHistory } from '@/lib/store/lag-history';

/** How much end-offset history is kept to date lag in seconds; older commits are extrapolated. */
export const END_HISTORY = { fullResolutionMs: 15 * 60_000, keepMs: 6 * 3600_000, coarseStepMs: 60_000 } as const;

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
/** What is remembered of one partition of one group between polls. */
interface PartitionMemory {
  samples: LagSample[];
  status: LagStatus | undefined;
}

export class LagTracker {
  private readonly ends = new Map<string, OffsetAt[]>();
  /** Per group, per partition key: samples and last status. */
  private readonly groups = new Map<string, Map<string, PartitionMemory>>();
  private readonly statuses = new Map<string, LagStatus>();
  private readonly keys = new PartitionKeys();

  constructor(private readonly cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG) {}

  restore(stored: StoredLagHistory): void {
    for (const e of stored.endOffsets) push(this.ends, this.pk(e.topic, e.partition), { at: e.at, endOffset: e.endOffset });
    for (const s of stored.samples) this.memory(s.groupId, this.pk(s.topic, s.partition)).samples.push(s.sample);
    for (const s of stored.statuses) this.statuses.set(s.groupId, s.status);
    for (const s of stored.partitionStatuses ?? []) this.memory(s.groupId, this.pk(s.topic, s.partition)).status = s.status;
  }

  /** The last end offset this tracker knows for a partition, and when it was read. */
  lastEnd(topic: string, partition: number): OffsetAt | undefined {
    return this.ends.get(this.pk(topic, partition))?.at(-1);
  }

  /**
   * End offsets of this poll as lag sees them: read (from a leader, this poll), unknown (a leader
   * that could not be read: null), or — partition without a leader — the last one read.
   */
  endReadings(poll: PollResult): Map<string, EndReading> {
    const out = new Map<string, EndReading>();
    // Per topic, end offsets by partition number (a map per topic, not one entry per partition).
    const read = new Map<string, (bigint | null)[]>();
    for (const o of poll.offsets ?? []) {
      let ends = read.get(o.topic);
      if (!ends) read.set(o.topic, (ends = []));
      ends[o.partition] = o.endOffset;
    }
    for (const t of poll.metadata?.topics ?? []) {
      const keyOf = this.keys.of(t.name);
      const readOf = read.get(t.name);
      for (const p of t.partitions) {
        const key = keyOf(p.partition);
        if (p.leader < 0) {
          const last = this.ends.get(key)?.at(-1);
          if (last) out.set(key, { endOffset: last.endOffset, asOf: last.at });
          continue; // never read: unknown, but it must not hold the group up for the whole outage
        }
        const end = readOf?.[p.partition];
        out.set(key, end === undefined || end === null ? null : { endOffset: end, asOf: null });
      }
    }
    return out;
  }

  /** Evaluates every group this poll could read, then remembers the poll. */
  observe(poll: PollResult, times: ReadonlyMap<string, RecordTime> = new Map()): LagObservation {
    const now = poll.startedAt.getTime();
    const ends = this.endReadings(poll);
    // Groups are evaluated one at a time: their partitions' memory is looked up once per group.
    let current: { groupId: string; memory: Map<string, PartitionMemory> | undefined } | null = null;
    const memoryOf = (groupId: string) => (current && groupId === current.groupId ? current.memory : this.groups.get(groupId));
    const history: LagHistory = {
      endOffsets: (t, p, key) => this.ends.get(key) ?? [],
      samples: (g, t, p, key) => memoryOf(g)?.get(key)?.samples ?? [],
      previousStatus: (g, t, p, key) => memoryOf(g)?.get(key)?.status,
    };
    const out: LagObservation = { lags: [], events: [], gaps: [] };
    // Without end offsets there is no lag to compute: keep the last known values instead of inventing zeros.
    if (poll.offsets && poll.metadata) {
      for (const g of poll.groups ?? []) {
        if (g.error || g.offsetsError) continue;
        const input = { groupId: g.groupId, hasMembers: g.members.length > 0, members: g.members, committed: g.offsets };
        const parts = groupPartitions(input);
        // A partial sum would draw a false dip and flip statuses: the whole group is a gap this poll.
        if (unknownEnds(input, ends, parts).length > 0) {
          out.gaps.push(g.groupId);
          continue;
        }
        current = { groupId: g.groupId, memory: this.groups.get(g.groupId) };
        const lag = evaluateGroupLag(input, ends, history, now, this.cfg, times, parts);
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
        let memory = current.memory;
        if (!memory) this.groups.set(g.groupId, (memory = new Map()));
        // lag.partitions is parts evaluated, in the same order.
        lag.partitions.forEach((p, i) => {
          const key = parts[i]!.key;
          let m = memory.get(key);
          if (!m) memory.set(key, (m = { samples: [], status: undefined }));
          m.status = p.status;
          if (p.endOffset === null) return;
          m.samples.push({ at: now, endOffset: p.endOffset, committed: p.committed, lag: p.lag, lagSeconds: p.lagSeconds, caughtUp: p.caughtUp });
          trimBefore(m.samples, now - 3 * this.cfg.windowMs);
        });
      }
    }
    for (const o of poll.offsets ?? []) {
      if (o.endOffset === null) continue;
      thin(push(this.ends, this.pk(o.topic, o.partition), { at: now, endOffset: o.endOffset }), now);
    }
    return out;
  }

  private pk(topic: string, partition: number): string {
    return this.keys.key(topic, partition);
  }

  private memory(groupId: string, key: string): PartitionMemory {
    let group = this.groups.get(groupId);
    if (!group) this.groups.set(groupId, (group = new Map()));
    let m = group.get(key);
    if (!m) group.set(key, (m = { samples: [], status: undefined }));
    return m;
  }
}

function push<T>(map: Map<string, T[]>, key: string, v: T): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(v);
  return list;
}

function trimBefore(list: { at: number }[], cutoff: number): void {
  let i = 0;
  while (i < list.length && list[i]!.at < cutoff) i++;
  if (i > 0) list.splice(0, i);
}

/** Full resolution for the recent past, one point a minute before that, nothing past keepMs. */
function thin(list: OffsetAt[], now: number): void {
  trimBefore(list, now - END_HISTORY.keepMs);
  const fineFrom = now - END_HISTORY.fullResolutionMs;
  // Kept: every point from fineFrom on, and before it each point a coarse step after the last kept.
  const keep = (p: OffsetAt, lastCoarse: number) => p.at >= fineFrom || p.at - lastCoarse >= END_HISTORY.coarseStepMs;
  let lastCoarse = -Infinity;
  let i = 0;
  for (; i < list.length; i++) {
    const p = list[i]!;
    if (!keep(p, lastCoarse)) break;
    if (p.at < fineFrom) lastCoarse = p.at;
  }
  if (i === list.length) return; // nothing to drop (the usual case): no copy
  const out = list.slice(0, i);
  for (; i < list.length; i++) {
    const p = list[i]!;
    if (!keep(p, lastCoarse)) continue;
    out.push(p);
    if (p.at < fineFrom) lastCoarse = p.at;
  }
  list.splice(0, list.length, ...out);
}
