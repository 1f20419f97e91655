import type { LagSample } from '@/lib/analysis/lag';
import type { EndHistoryShape } from '@/lib/analysis/lag/end-history';
import { isLagStatus, type LagStatus } from '@/lib/model/lag';
import type { StoredPartitionLag } from '@/lib/model/stored';
import type { Db } from './client';

export interface StoredLagHistory {
  endOffsets: { topic: string; partition: number; at: number; endOffset: bigint }[];
  samples: { groupId: string; topic: string; partition: number; sample: LagSample }[];
  statuses: { groupId: string; status: LagStatus }[];
  /**
   * Per-partition statuses of the last evaluation (hysteresis survives a restart), with when their
   * condition began (a stopped consumer's stall can be older than the samples replayed).
   */
  partitionStatuses?: { groupId: string; topic: string; partition: number; status: LagStatus; since?: number | null }[];
}

/** How much end-offset history to read back: all of it since `fullResolutionMs` ago, one a minute before, nothing past `keepMs`. */
type ReadBack = Pick<EndHistoryShape, 'fullResolutionMs' | 'keepMs'>;

/**
 * What lag evaluation needs after a restart: end offsets (full resolution for the recent past,
 * one a minute before), each group partition's samples, last statuses. Samples over three status
 * windows, though the rules read one: replaying them tells how long a commit has stood still
 * (30 minutes back; further for a STOP/STALL whose stored since says so: LagTracker.restore).
 */
export async function loadLagHistory(db: Db, clusterId: string, now: number, windowMs: number, shape: ReadBack): Promise<StoredLagHistory> {
  const since = new Date(now - shape.keepMs);
  const fineFrom = new Date(now - shape.fullResolutionMs);
  const [ends, samples, groups] = await Promise.all([
    db.$queryRaw<{ topic: string; partition: number; at: Date; end_offset: bigint }[]>`
      SELECT topic, partition, at, end_offset FROM offset_sample
      WHERE cluster_id = ${clusterId} AND at >= ${fineFrom}
      UNION ALL
      SELECT DISTINCT ON (topic, partition, date_trunc('minute', at)) topic, partition, at, end_offset FROM offset_sample
      WHERE cluster_id = ${clusterId} AND at >= ${since} AND at < ${fineFrom}
      ORDER BY at`,
    db.commitSample.findMany({
      where: { clusterId, at: { gte: new Date(now - 3 * windowMs) } },
      orderBy: { at: 'asc' },
    }),
    db.consumerGroup.findMany({ where: { clusterId, status: { not: null } }, select: { groupId: true, status: true, partitions: true } }),
  ]);
  return {
    endOffsets: ends.map((e) => ({ topic: e.topic, partition: e.partition, at: e.at.getTime(), endOffset: e.end_offset })),
    samples: samples
      .filter((s) => s.endOffset !== null)
      .map((s) => ({
        groupId: s.groupId,
        topic: s.topic,
        partition: s.partition,
        sample: {
          at: s.at.getTime(),
          endOffset: s.endOffset!,
          committed: s.committed,
          lag: s.lag,
          lagSeconds: s.lagSeconds,
          lagSecondsAtLeast: s.lagSecondsAtLeast === true,
          caughtUp: s.caughtUp,
        },
      })),
    statuses: groups.flatMap((g) => (isLagStatus(g.status) ? [{ groupId: g.groupId, status: g.status }] : [])),
    partitionStatuses: groups.flatMap((g) =>
      ((g.partitions as StoredPartitionLag[] | null) ?? []).flatMap((p) =>
        isLagStatus(p.status) ? [{ groupId: g.groupId, topic: p.topic, partition: p.partition, status: p.status, since: epochOrNull(p.since) }] : [],
      ),
    ),
  };
}

function epochOrNull(iso: string | null | undefined): number | null {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? ms : null;
}
