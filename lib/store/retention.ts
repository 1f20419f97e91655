import { MAX_SESSION_HOURS } from '@/lib/config/auth';
import type { Db } from './client';

export interface RetentionPolicy {
  /**
   * Per-partition end-offset samples, in hours: a restart replays six hours of them (time lag),
   * and throughput charts read them for an hour-long range in the last six hours; longer ranges
   * read the 5-minute throughput rollups. At 10,000 partitions they were ~20 GB a day (7 days by
   * default before the rollups), so six hours by default and never less (OFFSET_REPLAY_HOURS).
   */
  offsetSampleHours: number;
  /** Poll records (freshness and gaps). */
  pollRunDays: number;
  /** Per-poll lag per group and topic; longer ranges are served from hourly rollups. */
  lagSampleDays: number;
  /**
   * Per-partition commit samples, in hours: nothing but a restart reads them (it rebuilds the lag
   * status windows, three of them), and at 10,000 partitions they are the largest table (~26 GB
   * a day), so an hour by default. See commitRetentionFor.
   */
  commitSampleHours: number;
  /** Hourly lag rollups (30-day charts). */
  lagRollupDays: number;
  /** 5-minute throughput rollups per topic (charts over an hour, or older than the end offsets kept). */
  throughputRollupDays: number;
  /** Audit log rows (sign-out rows stay at least as long as a session can last: see auditCutoffs). */
  auditDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { offsetSampleHours: 6, pollRunDays: 30, lagSampleDays: 3, commitSampleHours: 1, lagRollupDays: 90, throughputRollupDays: 30, auditDays: 90 };

/**
 * The end offsets a restart reads back (lib/collector/lag-tracker.ts END_HISTORY.keepMs; a unit
 * test keeps the two equal) and throughput charts read raw: never pruned sooner.
 */
export const OFFSET_REPLAY_HOURS = 6;

/**
 * Audit rows older than `rows` go; sign-out rows only when older than `logouts` too, which is at
 * least the longest session plus a day: other web instances learn of a sign-out from its row
 * (lib/auth/logouts.ts), so it must outlive every session it could end.
 */
export function auditCutoffs(auditDays: number, now: number): { rows: Date; logouts: Date } {
  const day = 24 * 3600 * 1000;
  return { rows: new Date(now - auditDays * day), logouts: new Date(now - Math.max(auditDays, MAX_SESSION_HOURS / 24 + 1) * day) };
}

/**
 * KAFKASCOPE_RETENTION_{POLLS,LAG,ROLLUPS,THROUGHPUT,AUDIT}_DAYS and KAFKASCOPE_RETENTION_{OFFSETS,COMMITS}_HOURS
 * override the defaults (KAFKASCOPE_RETENTION_{OFFSETS,COMMITS}_DAYS, the earlier names, still
 * count when the hours are not set). End offsets are kept at least OFFSET_REPLAY_HOURS.
 */
export function retentionFromEnv(env: Record<string, string | undefined> = process.env): RetentionPolicy {
  // A positive number from the environment (days or hours, as the variable says), else the default.
  const positive = (raw: string | undefined, def: number) => {
    const n = Number(raw);
    return raw !== undefined && Number.isFinite(n) && n > 0 ? n : def;
  };
  return {
    offsetSampleHours: Math.max(
      OFFSET_REPLAY_HOURS,
      positive(env.KAFKASCOPE_RETENTION_OFFSETS_HOURS, positive(env.KAFKASCOPE_RETENTION_OFFSETS_DAYS, DEFAULT_RETENTION.offsetSampleHours / 24) * 24),
    ),
    pollRunDays: positive(env.KAFKASCOPE_RETENTION_POLLS_DAYS, DEFAULT_RETENTION.pollRunDays),
    lagSampleDays: positive(env.KAFKASCOPE_RETENTION_LAG_DAYS, DEFAULT_RETENTION.lagSampleDays),
    commitSampleHours: positive(env.KAFKASCOPE_RETENTION_COMMITS_HOURS, positive(env.KAFKASCOPE_RETENTION_COMMITS_DAYS, DEFAULT_RETENTION.commitSampleHours / 24) * 24),
    lagRollupDays: positive(env.KAFKASCOPE_RETENTION_ROLLUPS_DAYS, DEFAULT_RETENTION.lagRollupDays),
    throughputRollupDays: positive(env.KAFKASCOPE_RETENTION_THROUGHPUT_DAYS, DEFAULT_RETENTION.throughputRollupDays),
    auditDays: positive(env.KAFKASCOPE_RETENTION_AUDIT_DAYS, DEFAULT_RETENTION.auditDays),
  };
}

/**
 * The policy with commit samples kept for at least three of the longest lag status window among
 * the clusters: what a restart replays (lib/store/lag-history.ts), whatever the setting says.
 */
export function commitRetentionFor(policy: RetentionPolicy, windowsMs: number[]): RetentionPolicy {
  const needed = (3 * Math.max(0, ...windowsMs)) / 3600_000;
  return needed > policy.commitSampleHours ? { ...policy, commitSampleHours: needed } : policy;
}

export interface Pruned {
  offsetSamples: number;
  pollRuns: number;
  lagSamples: number;
  commitSamples: number;
  lagRollups: number;
  throughputRollups: number;
  auditEntries: number;
}

/**
 * Rolls recent lag up into hourly buckets, then deletes samples past retention. Rollups are
 * written before raw samples can expire (rollup window < lag retention), so no hour is lost.
 * Events are never deleted: they are the incident record. Audit rows are (see auditCutoffs).
 */
export async function applyRetention(db: Db, policy: RetentionPolicy, now = Date.now()): Promise<Pruned> {
  await rollUpLag(db, new Date(now - 3 * 3600_000));
  const day = 24 * 3600 * 1000;
  const before = (days: number) => new Date(now - days * day);
  const audit = auditCutoffs(policy.auditDays, now);
  const [o, p, l, c, r, t, a] = await Promise.all([
    db.offsetSample.deleteMany({ where: { at: { lt: new Date(now - Math.max(OFFSET_REPLAY_HOURS, policy.offsetSampleHours) * 3600_000) } } }),
    db.pollRun.deleteMany({ where: { startedAt: { lt: before(policy.pollRunDays) } } }),
    db.lagSample.deleteMany({ where: { at: { lt: before(policy.lagSampleDays) } } }),
    db.commitSample.deleteMany({ where: { at: { lt: new Date(now - policy.commitSampleHours * 3600_000) } } }),
    db.lagRollup.deleteMany({ where: { bucket: { lt: before(policy.lagRollupDays) } } }),
    db.throughputRollup.deleteMany({ where: { bucket: { lt: before(policy.throughputRollupDays) } } }),
    db.auditEntry.deleteMany({ where: { OR: [{ action: { not: 'logout' }, at: { lt: audit.rows } }, { at: { lt: audit.logouts } }] } }),
  ]);
  return { offsetSamples: o.count, pollRuns: p.count, lagSamples: l.count, commitSamples: c.count, lagRollups: r.count, throughputRollups: t.count, auditEntries: a.count };
}

/** (Re)computes the hourly lag buckets from `since` (rounded down to the hour) to now; idempotent. */
export async function rollUpLag(db: Db, since: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO lag_rollup (cluster_id, group_id, topic, bucket, max_lag, avg_lag, max_lag_seconds, max_lag_seconds_at_least, samples)
    SELECT cluster_id, group_id, topic, date_trunc('hour', at), max(lag), avg(lag)::float8, max(lag_seconds), bool_or(lag_seconds_at_least), count(*)::int
    FROM lag_sample WHERE at >= date_trunc('hour', ${since}::timestamp)
    GROUP BY cluster_id, group_id, topic, date_trunc('hour', at)
    ON CONFLICT (cluster_id, group_id, topic, bucket) DO UPDATE SET
      max_lag = EXCLUDED.max_lag, avg_lag = EXCLUDED.avg_lag, max_lag_seconds = EXCLUDED.max_lag_seconds,
      max_lag_seconds_at_least = EXCLUDED.max_lag_seconds_at_least, samples = EXCLUDED.samples`;
}
