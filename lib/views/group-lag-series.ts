import { notFound } from '@/lib/model/errors';
import type { Db } from '@/lib/store/client';

export interface LagPoint {
  at: string;
  lag: number;
  lagSeconds: number | null;
  /** Present (true) when lagSeconds is only a lower bound: the oldest unread message is at least that old. */
  lagSecondsAtLeast?: true;
}

type Row = { topic: string; at: Date; lag: bigint; sec: number | null; al: boolean | null };

export interface LagSeries {
  groupId: string;
  from: string;
  to: string;
  /** Seconds per point; 0 = every poll (raw samples). */
  stepSeconds: number;
  source: 'samples' | 'hourly-rollups';
  total: LagPoint[];
  topics: { topic: string; points: LagPoint[] }[];
}

/** Up to this range, points are raw per-poll samples (bucketed if a step is given). */
const RAW_MAX_MS = 6 * 3600_000;

/** Picks a step that keeps a chart near 300 points: 0 (raw) for short ranges, hourly rollups for long. */
export function autoStep(rangeMs: number): number {
  if (rangeMs > RAW_MAX_MS) return 3600;
  const s = Math.ceil(rangeMs / 1000 / 300);
  return s <= 5 ? 0 : s;
}

export async function groupLagSeries(db: Db, clusterId: string, groupId: string, from: Date, to: Date, step?: number): Promise<LagSeries> {
  const exists = await db.consumerGroup.count({ where: { clusterId, groupId } });
  if (!exists) throw notFound(`consumer group "${groupId}"`);
  const stepSeconds = step ?? autoStep(to.getTime() - from.getTime());
  const useRollups = stepSeconds >= 3600 && to.getTime() - from.getTime() > RAW_MAX_MS;
  // Lag of a bucket is its maximum: a chart of averages would hide the spike an operator looks for.
  const rows = useRollups
    ? await db.$queryRaw<Row[]>`
        SELECT topic, to_timestamp(floor(extract(epoch FROM bucket) / ${stepSeconds}) * ${stepSeconds}) AT TIME ZONE 'UTC' AS at,
          max(max_lag)::bigint AS lag, max(max_lag_seconds) AS sec, bool_or(max_lag_seconds_at_least) AS al
        FROM lag_rollup WHERE cluster_id = ${clusterId} AND group_id = ${groupId} AND bucket >= ${from} AND bucket <= ${to}
        GROUP BY 1, 2 ORDER BY 2`
    : stepSeconds === 0
      ? await db.$queryRaw<Row[]>`
          SELECT topic, at, lag, lag_seconds AS sec, lag_seconds_at_least AS al FROM lag_sample
          WHERE cluster_id = ${clusterId} AND group_id = ${groupId} AND at >= ${from} AND at <= ${to} ORDER BY at`
      : await db.$queryRaw<Row[]>`
          SELECT topic, to_timestamp(floor(extract(epoch FROM at) / ${stepSeconds}) * ${stepSeconds}) AT TIME ZONE 'UTC' AS at,
            max(lag)::bigint AS lag, max(lag_seconds) AS sec, bool_or(lag_seconds_at_least) AS al
          FROM lag_sample WHERE cluster_id = ${clusterId} AND group_id = ${groupId} AND at >= ${from} AND at <= ${to}
          GROUP BY 1, 2 ORDER BY 2`;
  const topics = new Map<string, LagPoint[]>();
  const total = new Map<number, LagPoint>();
  for (const r of rows) {
    // A bound anywhere in a bucket or a sum makes its largest figure one (as lib/model/lag.ts maxLagSeconds).
    const point: LagPoint = { at: r.at.toISOString(), lag: Number(r.lag), lagSeconds: r.sec, ...(r.al === true && r.sec !== null ? { lagSecondsAtLeast: true } : {}) };
    const list = topics.get(r.topic) ?? [];
    list.push(point);
    topics.set(r.topic, list);
    const t = total.get(r.at.getTime());
    if (!t) total.set(r.at.getTime(), { ...point });
    else {
      t.lag += point.lag;
      t.lagSeconds = maxOrNull(t.lagSeconds, point.lagSeconds);
      if (point.lagSecondsAtLeast) t.lagSecondsAtLeast = true;
    }
  }
  return {
    groupId,
    from: from.toISOString(),
    to: to.toISOString(),
    stepSeconds,
    source: useRollups ? 'hourly-rollups' : 'samples',
    total: [...total.values()].sort((a, b) => (a.at < b.at ? -1 : 1)),
    topics: [...topics].map(([topic, points]) => ({ topic, points })),
  };
}

function maxOrNull(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
