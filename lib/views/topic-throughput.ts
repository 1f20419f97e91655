import { lastWrite, throughput, type RatePoint } from '@/lib/analysis/throughput';
import { THROUGHPUT_BUCKET_MS } from '@/lib/analysis/throughput-rollup';
import type { Db } from '@/lib/store/client';
import { OFFSET_REPLAY_HOURS } from '@/lib/store/retention';
import type { Range } from './intervals';

export interface TopicThroughput {
  points: RatePoint[];
  /** Seconds per point: 0 = one per poll (end-offset samples), else 5-minute rollups or a multiple. */
  stepSeconds: number;
  /** When an end offset last moved within the range; null = none seen there. */
  lastWriteAt: string | null;
  /**
   * null when lastWriteAt is exact; otherwise the last write fell in the `lastWriteWithinSeconds`
   * before lastWriteAt (read from a rollup bucket, older than the samples kept).
   */
  lastWriteWithinSeconds: number | null;
}

/** Up to this range (and within the end offsets always kept), every poll is a point. */
const RAW_MAX_MS = 3600_000;
/** A chart of up to about this many points. */
const POINTS = 300;

/**
 * Messages/s of one topic over a range: per poll from its end-offset samples for an hour or less
 * in the recent past, else from the 5-minute rollups (lib/analysis/throughput-rollup.ts), merged
 * into steps that keep the chart near 300 points. A day of a busy 100-partition topic is 1.7
 * million samples, and samples are kept only hours; its rollups are 288 rows.
 */
export async function topicThroughput(db: Db, clusterId: string, topic: { name: string; lastWriteAt: Date | null }, range: Range, now = Date.now()): Promise<TopicThroughput> {
  const span = range.to.getTime() - range.from.getTime();
  if (span <= RAW_MAX_MS && range.from.getTime() >= now - OFFSET_REPLAY_HOURS * 3600_000) {
    const samples = await db.offsetSample.findMany({
      where: { clusterId, topic: topic.name, at: { gte: range.from, lte: range.to } },
      select: { partition: true, at: true, endOffset: true },
      orderBy: { at: 'asc' },
    });
    return { points: throughput(samples), stepSeconds: 0, lastWriteAt: lastWrite(samples), lastWriteWithinSeconds: null };
  }
  const bucketS = THROUGHPUT_BUCKET_MS / 1000;
  const stepSeconds = Math.max(1, Math.ceil(span / 1000 / bucketS / POINTS)) * bucketS;
  // A bucket that began before the range but reaches into it counts; its point is its start.
  const rows = await db.$queryRaw<{ s: number; m: bigint; sec: number }[]>`
    SELECT (floor(extract(epoch FROM bucket) / ${stepSeconds}) * ${stepSeconds})::float8 AS s, sum(messages)::bigint AS m, sum(seconds)::float8 AS sec
    FROM throughput_rollup
    WHERE cluster_id = ${clusterId} AND topic = ${topic.name} AND bucket > ${new Date(range.from.getTime() - THROUGHPUT_BUCKET_MS)} AND bucket <= ${range.to}
    GROUP BY 1 ORDER BY 1`;
  const points = rows
    .filter((r) => r.sec > 0)
    .map((r) => ({ at: new Date(r.s * 1000).toISOString(), messagesPerSecond: Math.round((Number(r.m) / r.sec) * 100) / 100 }));
  const exact = topic.lastWriteAt && topic.lastWriteAt >= range.from && topic.lastWriteAt <= range.to ? topic.lastWriteAt : null;
  if (exact) return { points, stepSeconds, lastWriteAt: exact.toISOString(), lastWriteWithinSeconds: null };
  const written = rows.filter((r) => r.m > 0n).at(-1);
  if (!written) return { points, stepSeconds, lastWriteAt: null, lastWriteWithinSeconds: null };
  const end = Math.min(written.s * 1000 + stepSeconds * 1000, range.to.getTime());
  return { points, stepSeconds, lastWriteAt: new Date(end).toISOString(), lastWriteWithinSeconds: stepSeconds };
}
