// Intervals served by the API (broker down, partition offline / under min ISR / under-replicated),
// derived once, here, from the events. Time before a broker or topic was first seen is not
// watched: `watchedFrom` says where watching began, and no interval reaches before it.
import { isQuiet, NOT_IMPAIRED, PARTITION_HISTORY_TYPES, partitionHistory, startStateOf, type PartitionHistory } from '@/lib/analysis/partition-history';
import { decodeEvent } from '@/lib/model/event-decode';
import type { ReadableEvent } from '@/lib/model/events';
import { intervalsOf, type WatchedIntervals } from '@/lib/model/intervals';
import type { Db } from '@/lib/store/client';

export interface Range {
  from: Date;
  to: Date;
}

const readable = (rows: Parameters<typeof decodeEvent>[0][]): ReadableEvent<Date>[] =>
  rows.map(decodeEvent).filter((e): e is ReadableEvent<Date> => e.type !== 'UNREADABLE');

/** The watched part of a range: from the later of its start and the first sighting; null if never seen in it. */
export function watchedPart(range: Range, firstSeen: Date): Range | null {
  const from = firstSeen > range.from ? firstSeen : range.from;
  return from >= range.to ? null : { from, to: range.to };
}

/** When a broker was down within the range (watched part only). */
export async function brokerDownIntervals(db: Db, clusterId: string, brokerId: number, firstSeen: Date, range: Range): Promise<WatchedIntervals> {
  const base = { from: range.from.toISOString(), to: range.to.toISOString() };
  const watched = watchedPart(range, firstSeen);
  if (!watched) return { ...base, watchedFrom: null, intervals: [] };
  const types = ['BROKER_DOWN', 'BROKER_UP'];
  const [before, within] = await Promise.all([
    db.event.findFirst({ where: { clusterId, brokerId, type: { in: types }, at: { lt: watched.from } }, orderBy: [{ at: 'desc' }, { id: 'desc' }] }),
    db.event.findMany({ where: { clusterId, brokerId, type: { in: types }, at: { gte: watched.from, lte: watched.to } }, orderBy: { id: 'asc' } }),
  ]);
  const transitions = within.map((e) => ({ at: e.at, on: e.type === 'BROKER_DOWN' }));
  return { ...base, watchedFrom: watched.from.toISOString(), intervals: intervalsOf(transitions, watched.from, watched.to, before?.type === 'BROKER_DOWN') };
}

export interface PartitionIntervals extends PartitionHistory {
  partition: number;
}

/**
 * Offline / under-min-ISR / under-replicated intervals of a topic's partitions within the range
 * (one partition when given). `onlyImpaired` leaves out partitions with nothing to show.
 */
export async function partitionIntervals(
  db: Db,
  clusterId: string,
  topic: { name: string; firstSeenAt: Date; partitions: number },
  range: Range,
  opts: { partition?: number; onlyImpaired?: boolean } = {},
): Promise<{ watchedFrom: string | null; partitions: PartitionIntervals[] }> {
  const watched = watchedPart(range, topic.firstSeenAt);
  if (!watched) return { watchedFrom: null, partitions: [] };
  const where = { clusterId, topic: topic.name, ...(opts.partition !== undefined ? { partition: opts.partition } : {}), type: { in: [...PARTITION_HISTORY_TYPES] } };
  const [lastBefore, within] = await Promise.all([
    db.$queryRaw<Parameters<typeof decodeEvent>[0][]>`
      SELECT DISTINCT ON (partition, kind) id, at, type, broker_id AS "brokerId", topic, partition, details FROM (
        SELECT *, CASE WHEN type IN ('PARTITION_OFFLINE', 'PARTITION_ONLINE') THEN 0 WHEN type IN ('UNDER_MIN_ISR', 'MIN_ISR_RESTORED') THEN 1 ELSE 2 END AS kind
        FROM event WHERE cluster_id = ${clusterId} AND topic = ${topic.name} AND at < ${watched.from}
          AND type IN ('PARTITION_OFFLINE', 'PARTITION_ONLINE', 'UNDER_MIN_ISR', 'MIN_ISR_RESTORED', 'ISR_SHRINK', 'ISR_EXPAND')
          AND (${opts.partition ?? null}::int IS NULL OR partition = ${opts.partition ?? null}::int)
      ) e ORDER BY partition, kind, at DESC, id DESC`,
    db.event.findMany({ where: { ...where, at: { gte: watched.from, lte: watched.to } }, orderBy: { id: 'asc' } }),
  ]);
  const before = readable(lastBefore);
  const inRange = readable(within);
  const ids = opts.partition !== undefined ? [opts.partition] : Array.from({ length: topic.partitions }, (_, i) => i);
  const partitions = ids
    .map((p) => {
      const start = startStateOf(before.filter((e) => e.partition === p));
      const h = partitionHistory(inRange.filter((e) => e.partition === p), watched.from, watched.to, start ?? NOT_IMPAIRED);
      return { partition: p, ...h };
    })
    .filter((h) => !opts.onlyImpaired || !isQuiet(h));
  return { watchedFrom: watched.from.toISOString(), partitions };
}
