import type { Db } from './client';

export interface RetentionPolicy {
  /** End-offset samples (throughput history). */
  offsetSampleDays: number;
  /** Poll records (freshness and gaps). */
  pollRunDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { offsetSampleDays: 7, pollRunDays: 30 };

/** KAFKASCOPE_RETENTION_OFFSETS_DAYS / KAFKASCOPE_RETENTION_POLLS_DAYS override the defaults. */
export function retentionFromEnv(env: Record<string, string | undefined> = process.env): RetentionPolicy {
  const days = (raw: string | undefined, def: number) => {
    const n = Number(raw);
    return raw !== undefined && Number.isFinite(n) && n > 0 ? n : def;
  };
  return {
    offsetSampleDays: days(env.KAFKASCOPE_RETENTION_OFFSETS_DAYS, DEFAULT_RETENTION.offsetSampleDays),
    pollRunDays: days(env.KAFKASCOPE_RETENTION_POLLS_DAYS, DEFAULT_RETENTION.pollRunDays),
  };
}

/** Deletes samples past retention. Events are never deleted: they are the incident record. */
export async function applyRetention(db: Db, policy: RetentionPolicy, now = Date.now()): Promise<{ offsetSamples: number; pollRuns: number }> {
  const day = 24 * 3600 * 1000;
  const [o, p] = await Promise.all([
    db.offsetSample.deleteMany({ where: { at: { lt: new Date(now - policy.offsetSampleDays * day) } } }),
    db.pollRun.deleteMany({ where: { startedAt: { lt: new Date(now - policy.pollRunDays * day) } } }),
  ]);
  return { offsetSamples: o.count, pollRuns: p.count };
}
