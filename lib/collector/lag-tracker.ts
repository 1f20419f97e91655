import { evaluateGroupLag, type GroupLag, type LagHistory } from '@/lib/analysis/group-lag';
import { DEFAULT_LAG_STATUS_CONFIG, type LagSample, type LagStatus, type LagStatusConfig, type OffsetAt } from '@/lib/analysis/lag';
import type { ClusterEvent } from '@/lib/analysis/types';
import type { PollResult } from './poll';

/** How much end-offset history is kept to date lag in seconds; older commits are extrapolated. */
export const END_HISTORY = { fullResolutionMs: 15 * 60_000, keepMs: 6 * 3600_000, coarseStepMs: 60_000 } as const;

const pk = (topic: string, partition: number) => `${topic}\u0000${partition}`;
const gk = (group: string, topic: string, partition: number) => `${group}\u0000${topic}\u0000${partition}`;

export interface StoredLagHistory {
  endOffsets: { topic: string; partition: number; at: number; endOffset: bigint }[];
  samples: { groupId: string; topic: string; partition: number; sample: LagSample }[];
  statuses: { groupId: string; status: LagStatus }[];
}

/**
 * Keeps, per cluster, the recent history lag evaluation needs (end offsets per partition, lag
 * samples per group partition, last group status). Rebuilt from the store after a restart, so
 * status and lag seconds are right from the first poll.
 */
export class LagTracker {
  private readonly ends = new Map<string, OffsetAt[]>();
  private readonly samples = new Map<string, LagSample[]>();
  private readonly statuses = new Map<string, LagStatus>();

  constructor(private readonly cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG) {}

  restore(stored: StoredLagHistory): void {
    for (const e of stored.endOffsets) push(this.ends, pk(e.topic, e.partition), { at: e.at, endOffset: e.endOffset });
    for (const s of stored.samples) push(this.samples, gk(s.groupId, s.topic, s.partition), s.sample);
    for (const s of stored.statuses) this.statuses.set(s.groupId, s.status);
  }

  /** Evaluates every group this poll could read, then remembers the poll. */
  observe(poll: PollResult): { lags: GroupLag[]; events: ClusterEvent[] } {
    const now = poll.startedAt.getTime();
    const endOffsets = new Map((poll.offsets ?? []).map((o) => [pk(o.topic, o.partition), o.endOffset]));
    const history: LagHistory = {
      endOffsets: (t, p) => this.ends.get(pk(t, p)) ?? [],
      samples: (g, t, p) => this.samples.get(gk(g, t, p)) ?? [],
    };
    const lags: GroupLag[] = [];
    const events: ClusterEvent[] = [];
    // Without end offsets there is no lag to compute: keep the last known values instead of inventing zeros.
    if (poll.offsets) {
      for (const g of poll.groups ?? []) {
        if (g.error || g.offsetsError) continue;
        const lag = evaluateGroupLag(
          { groupId: g.groupId, hasMembers: g.members.length > 0, members: g.members, committed: g.offsets },
          endOffsets,
          history,
          now,
          this.cfg,
        );
        lags.push(lag);
        const before = this.statuses.get(g.groupId);
        if (before !== undefined && before !== lag.status) {
          events.push({ type: 'LAG_STATUS_CHANGED', details: { groupId: g.groupId, from: before, to: lag.status, reason: lag.statusReason } });
        }
        this.statuses.set(g.groupId, lag.status);
        for (const p of lag.partitions) {
          if (p.endOffset === null) continue;
          const list = push(this.samples, gk(g.groupId, p.topic, p.partition), { at: now, endOffset: p.endOffset, committed: p.committed, lag: p.lag });
          trimBefore(list, now - 3 * this.cfg.windowMs);
        }
      }
    }
    for (const [key, end] of endOffsets) {
      if (end === null) continue;
      const list = push(this.ends, key, { at: now, endOffset: end });
      thin(list, now);
    }
    return { lags, events };
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
  const out: OffsetAt[] = [];
  let lastCoarse = -Infinity;
  for (const p of list) {
    if (p.at >= fineFrom) out.push(p);
    else if (p.at - lastCoarse >= END_HISTORY.coarseStepMs) {
      out.push(p);
      lastCoarse = p.at;
    }
  }
  if (out.length !== list.length) list.splice(0, list.length, ...out);
}
