import {
  DEFAULT_LAG_STATUS_CONFIG,
  groupStatus,
  partitionLag,
  partitionStatus,
  timeLag,
  type LagSample,
  type LagStatus,
  type LagStatusConfig,
  type OffsetAt,
  type TimeLag,
} from './lag';

/** What lag evaluation needs to know about one group in one poll. */
export interface GroupLagInput {
  groupId: string;
  hasMembers: boolean;
  members: { memberId: string; clientId: string; clientHost: string; assignment: { topic: string; partitions: number[] }[] }[];
  committed: { topic: string; partition: number; offset: bigint }[];
}

export interface PartitionLagRow {
  topic: string;
  partition: number;
  committed: bigint | null;
  endOffset: bigint | null;
  lag: bigint | null;
  lagSeconds: number | null;
  lagSecondsEstimate: TimeLag['estimate'] | null;
  status: LagStatus;
  reason: string;
  owner: { memberId: string; clientId: string; clientHost: string } | null;
}

export interface TopicLag {
  topic: string;
  lag: bigint | null;
  maxLagSeconds: number | null;
}

export interface GroupLag {
  groupId: string;
  totalLag: bigint | null;
  maxLagSeconds: number | null;
  status: LagStatus;
  statusReason: string;
  partitions: PartitionLagRow[];
  topics: TopicLag[];
}

export interface LagHistory {
  /** End offsets of a partition over time (for lag in seconds). */
  endOffsets(topic: string, partition: number): OffsetAt[];
  /** Earlier samples of this group's partition (for the status window). */
  samples(groupId: string, topic: string, partition: number): LagSample[];
}

const k = (topic: string, partition: number) => `${topic}\u0000${partition}`;

/**
 * Lag of one group now: the partitions it has committed or is assigned (as kafka-consumer-groups
 * lists them), lag in messages and seconds, and a status per partition and for the group.
 */
export function evaluateGroupLag(
  g: GroupLagInput,
  endOffsets: ReadonlyMap<string, bigint | null>,
  history: LagHistory,
  now: number,
  cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG,
): GroupLag {
  const owners = new Map<string, PartitionLagRow['owner']>();
  for (const m of g.members) {
    for (const a of m.assignment) {
      for (const p of a.partitions) owners.set(k(a.topic, p), { memberId: m.memberId, clientId: m.clientId, clientHost: m.clientHost });
    }
  }
  const committed = new Map(g.committed.map((c) => [k(c.topic, c.partition), c.offset]));
  const keys = new Map<string, { topic: string; partition: number }>();
  for (const c of g.committed) keys.set(k(c.topic, c.partition), { topic: c.topic, partition: c.partition });
  for (const m of g.members) for (const a of m.assignment) for (const p of a.partitions) keys.set(k(a.topic, p), { topic: a.topic, partition: p });

  const partitions: PartitionLagRow[] = [...keys.values()]
    .sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1))
    .map(({ topic, partition }) => {
      const end = endOffsets.get(k(topic, partition)) ?? null;
      const c = committed.get(k(topic, partition)) ?? null;
      const lag = partitionLag({ topic, partition, endOffset: end, committed: c });
      const tl = end === null ? null : timeLag([...history.endOffsets(topic, partition), { at: now, endOffset: end }], c, now);
      const samples: LagSample[] = end === null ? [] : [...history.samples(g.groupId, topic, partition), { at: now, endOffset: end, committed: c, lag: lag.lag }];
      const st = partitionStatus(samples, { hasMembers: g.hasMembers, now, lagSeconds: tl?.seconds ?? null }, cfg);
      return {
        topic,
        partition,
        committed: c,
        endOffset: end,
        lag: lag.lag,
        lagSeconds: tl ? Math.round(tl.seconds * 10) / 10 : null,
        lagSecondsEstimate: tl?.estimate ?? null,
        status: st.status,
        reason: st.reason,
        owner: owners.get(k(topic, partition)) ?? null,
      };
    });

  const status = groupStatus(partitions.map((p) => p.status));
  const worst = partitions.find((p) => p.status === status && status !== 'OK');
  return {
    groupId: g.groupId,
    totalLag: sumKnown(partitions.map((p) => p.lag)),
    maxLagSeconds: maxKnown(partitions.map((p) => p.lagSeconds)),
    status,
    statusReason: worst ? `${worst.topic}-${worst.partition}: ${worst.reason}` : partitions.length === 0 ? 'no committed offsets' : 'all partitions OK',
    partitions,
    topics: [...new Set(partitions.map((p) => p.topic))].map((topic) => {
      const ps = partitions.filter((p) => p.topic === topic);
      return { topic, lag: sumKnown(ps.map((p) => p.lag)), maxLagSeconds: maxKnown(ps.map((p) => p.lagSeconds)) };
    }),
  };
}

function sumKnown(xs: (bigint | null)[]): bigint | null {
  const known = xs.filter((x): x is bigint => x !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0n);
}

function maxKnown(xs: (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : Math.max(...known);
}
