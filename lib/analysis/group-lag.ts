import { maxLagSeconds, type LagEstimate, type RecordTime } from '@/lib/model/lag';
import {
  DEFAULT_LAG_STATUS_CONFIG,
  groupStatus,
  partitionLag,
  historyStatus,
  timeLag,
  type LagSample,
  type LagStatus,
  type LagStatusConfig,
  type OffsetAt,
} from './lag';
import type { EndHistory } from './lag/end-history';
import { SampleHistory } from './lag/sample-history';

/** The history of a partition whose end offset is unknown this poll: nothing to judge. */
const NO_SAMPLES = new SampleHistory();

/** What lag evaluation needs to know about one group in one poll. */
export interface GroupLagInput {
  groupId: string;
  hasMembers: boolean;
  members: { memberId: string; clientId: string; clientHost: string; assignment: { topic: string; partitions: number[] }[] }[];
  committed: { topic: string; partition: number; offset: bigint }[];
}

/**
 * A partition's end offset in this poll: read from its leader (asOf null), or — for a partition
 * without a leader, which accepts no writes — the last one read and when (asOf). null: it has a
 * leader but could not be read this poll (unknown, not smaller). A partition absent from the map
 * does not exist (deleted topic): its lag is unknown but does not hold the group up.
 */
export type EndReading = { endOffset: bigint; asOf: number | null } | null;

export type { RecordTime } from '@/lib/model/lag';

export interface PartitionLagRow {
  topic: string;
  partition: number;
  committed: bigint | null;
  endOffset: bigint | null;
  /** Epoch ms the end offset was read at, when it is not from this poll (leaderless partition). */
  endOffsetAsOf: number | null;
  lag: bigint | null;
  lagSeconds: number | null;
  lagSecondsEstimate: LagEstimate | null;
  caughtUp: boolean;
  status: LagStatus;
  reason: string;
  since: number | null;
  owner: { memberId: string; clientId: string; clientHost: string } | null;
}

export interface TopicLag {
  topic: string;
  lag: bigint | null;
  maxLagSeconds: number | null;
  /** How maxLagSeconds was obtained (a lower bound when any partition's figure is one: lib/model/lag.ts maxLagSeconds). */
  maxLagSecondsEstimate: LagEstimate | null;
}

export interface GroupLag {
  groupId: string;
  totalLag: bigint | null;
  maxLagSeconds: number | null;
  maxLagSecondsEstimate: LagEstimate | null;
  status: LagStatus;
  statusReason: string;
  /** When the worst partition's condition began (epoch ms); null when OK. */
  since: number | null;
  partitions: PartitionLagRow[];
  topics: TopicLag[];
}

export interface LagHistory {
  /** End offsets of a partition over time (for estimated lag in seconds). */
  endOffsets(topic: string, partition: number): readonly OffsetAt[] | EndHistory;
  /**
   * This group partition's samples with this poll's appended (the status window reads them): the
   * history keeps the sample, so the caller need not append it again.
   */
  record(groupId: string, topic: string, partition: number, sample: LagSample): SampleHistory;
  /** The partition's status at the previous evaluation (for hysteresis). */
  previousStatus?(groupId: string, topic: string, partition: number): LagStatus | undefined;
}

export const partitionKey = (topic: string, partition: number): string => `${topic}\u0000${partition}`;
const k = partitionKey;

/** The partitions kafka-consumer-groups lists for a group: committed or assigned, in order. */
function partitionsOf(g: GroupLagInput): { topic: string; partition: number }[] {
  const keys = new Map<string, { topic: string; partition: number }>();
  for (const c of g.committed) keys.set(k(c.topic, c.partition), { topic: c.topic, partition: c.partition });
  for (const m of g.members) for (const a of m.assignment) for (const p of a.partitions) keys.set(k(a.topic, p), { topic: a.topic, partition: p });
  return [...keys.values()].sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
}

/** Partitions of the group whose end offset is unknown in this poll (then the group is a gap). */
export function unknownEnds(g: GroupLagInput, ends: ReadonlyMap<string, EndReading>): { topic: string; partition: number }[] {
  return partitionsOf(g).filter((p) => ends.has(k(p.topic, p.partition)) && ends.get(k(p.topic, p.partition)) === null);
}

/**
 * Lag of one group now: the partitions it has committed or is assigned (as kafka-consumer-groups
 * lists them), lag in messages and seconds, and a status per partition and for the group.
 * Callers skip a group with unknownEnds() first: a partial sum would draw a false dip.
 */
export function evaluateGroupLag(
  g: GroupLagInput,
  ends: ReadonlyMap<string, EndReading>,
  history: LagHistory,
  now: number,
  cfg: LagStatusConfig = DEFAULT_LAG_STATUS_CONFIG,
  times: ReadonlyMap<string, RecordTime> = new Map(),
): GroupLag {
  const owners = new Map<string, PartitionLagRow['owner']>();
  for (const m of g.members) {
    for (const a of m.assignment) {
      for (const p of a.partitions) owners.set(k(a.topic, p), { memberId: m.memberId, clientId: m.clientId, clientHost: m.clientHost });
    }
  }
  const committed = new Map(g.committed.map((c) => [k(c.topic, c.partition), c.offset]));

  const partitions: PartitionLagRow[] = partitionsOf(g).map(({ topic, partition }) => {
    const reading = ends.get(k(topic, partition)) ?? null;
    const end = reading?.endOffset ?? null;
    const lag = partitionLag({ topic, partition, endOffset: end, committed: committed.get(k(topic, partition)) ?? null });
    const tl = reading === null ? null : lagSeconds(lag.committed, reading, times.get(k(topic, partition)), history.endOffsets(topic, partition), now);
    const seconds = tl ? Math.round(tl.seconds * 10) / 10 : null;
    const caughtUp = lag.lag === 0n || tl?.nothingToRead === true;
    // A lower bound (no rate to date the commit with) is kept as one: the reasons say "at least".
    const atLeast = tl?.estimate === 'lower-bound';
    const sample: LagSample = { at: now, endOffset: end ?? 0n, committed: lag.committed, lag: lag.lag, lagSeconds: seconds, caughtUp, lagSecondsAtLeast: atLeast };
    const samples = end === null ? NO_SAMPLES : history.record(g.groupId, topic, partition, sample);
    const previous = history.previousStatus?.(g.groupId, topic, partition);
    const st = historyStatus(samples, { hasMembers: g.hasMembers, now, lagSeconds: seconds, lagSecondsAtLeast: atLeast, ...(previous ? { previous } : {}) }, cfg);
    return {
      topic,
      partition,
      committed: lag.committed,
      endOffset: end,
      endOffsetAsOf: reading?.asOf ?? null,
      lag: lag.lag,
      lagSeconds: seconds,
      lagSecondsEstimate: tl?.estimate ?? null,
      caughtUp,
      status: st.status,
      reason: st.reason,
      since: st.since,
      owner: owners.get(k(topic, partition)) ?? null,
    };
  });

  const status = groupStatus(partitions.map((p) => p.status));
  const most = maxLagSeconds(partitions);
  const worst = partitions.filter((p) => p.status === status && status !== 'OK').sort((a, b) => (a.since ?? now) - (b.since ?? now))[0];
  return {
    groupId: g.groupId,
    totalLag: sumKnown(partitions.map((p) => p.lag)),
    maxLagSeconds: most.seconds,
    maxLagSecondsEstimate: most.estimate,
    status,
    statusReason: worst ? `${worst.topic}-${worst.partition}: ${worst.reason}` : partitions.length === 0 ? 'no committed offsets' : 'all partitions OK',
    since: worst?.since ?? null,
    partitions,
    topics: [...new Set(partitions.map((p) => p.topic))].map((topic) => {
      const ps = partitions.filter((p) => p.topic === topic);
      const m = maxLagSeconds(ps);
      return { topic, lag: sumKnown(ps.map((p) => p.lag)), maxLagSeconds: m.seconds, maxLagSecondsEstimate: m.estimate };
    }),
  };
}

/**
 * Lag in seconds: exact from the record at the committed offset when it was read, else estimated
 * from this instance's end-offset history. A leaderless partition is dated at the time its end
 * offset was last read (nothing newer can exist).
 */
function lagSeconds(
  committed: bigint | null,
  reading: NonNullable<EndReading>,
  record: RecordTime | undefined,
  endHistory: readonly OffsetAt[] | EndHistory,
  now: number,
): { seconds: number; estimate: LagEstimate; nothingToRead: boolean } | null {
  if (committed === null) return null;
  if (committed >= reading.endOffset) return { seconds: 0, estimate: 'caught-up', nothingToRead: true };
  if (record && record.offset === committed) {
    if (record.kind === 'nothing-to-read') return { seconds: 0, estimate: 'caught-up', nothingToRead: true };
    return { seconds: Math.max(0, (now - record.timestamp) / 1000), estimate: record.kind === 'record' ? 'exact' : 'batch', nothingToRead: false };
  }
  const at = reading.asOf ?? now;
  const est = timeLag(endHistory, committed, now, { at, endOffset: reading.endOffset });
  return est ? { seconds: est.seconds, estimate: est.estimate === 'caught-up' ? 'caught-up' : est.estimate, nothingToRead: false } : null;
}

function sumKnown(xs: (bigint | null)[]): bigint | null {
  const known = xs.filter((x): x is bigint => x !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0n);
}
