import { END_HISTORY, type StoredLagHistory } from '@/lib/collector/lag-tracker';
import type { LagStatus } from '@/lib/analysis/lag';
import type { Db } from './client';

/**
 * What lag evaluation needs after a restart: end offsets (full resolution for the recent past,
 * one a minute before), each group partition's samples over the status window, last statuses.
 */
export async function loadLagHistory(db: Db, clusterId: string, now: number, windowMs: number): Promise<StoredLagHistory> {
  const since = new Date(now - END_HISTORY.keepMs);
  const fineFrom = new Date(now - END_HISTORY.fullResolutionMs);
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
    db.consumerGroup.findMany({ where: { clusterId, status: { not: null } }, select: { groupId: true, status: true } }),
  ]);
  return {
    endOffsets: ends.map((e) => ({ topic: e.topic, partition: e.partition, at: e.at.getTime(), endOffset: e.end_offset })),
    samples: samples
      .filter((s) => s.endOffset !== null)
      .map((s) => ({
        groupId: s.groupId,
        topic: s.topic,
        partition: s.partition,
        sample: { at: s.at.getTime(), endOffset: s.endOffset!, committed: s.committed, lag: s.lag },
      })),
    statuses: groups.map((g) => ({ groupId: g.groupId, status: g.status as LagStatus })),
  };
}
